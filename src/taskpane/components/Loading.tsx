import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { translator } from '../../i18n';
import type { Lang } from '../../i18n/types';

export function Loading({ lang }: { lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main style={{ padding: 16 }}>
        <Spinner label={translator(lang)('pane.loading')} />
      </main>
    </FluentProvider>
  );
}
