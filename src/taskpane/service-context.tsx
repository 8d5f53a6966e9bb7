import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { SettingsStore, WorkbookService } from './services';

interface Services {
  readonly workbook: WorkbookService;
  readonly settings: SettingsStore;
}

const ServiceContext = createContext<Services | null>(null);

export function ServiceProvider({
  workbook,
  settings,
  children,
}: Services & { children: ReactNode }) {
  const value = useMemo(() => ({ workbook, settings }), [workbook, settings]);
  return <ServiceContext.Provider value={value}>{children}</ServiceContext.Provider>;
}

export function useServices(): Services {
  const value = useContext(ServiceContext);
  if (!value) throw new Error('useServices outside ServiceProvider');
  return value;
}
