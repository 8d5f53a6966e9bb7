import type { MessageTable } from '../types';

/** The three severities of a finding, as every adapter names them. */
export const SEVERITY_MESSAGES: MessageTable = {
  vi: {
    'severity.error': 'Lỗi',
    'severity.warning': 'Cảnh báo',
    'severity.info': 'Thông tin',
  },
  en: {
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'severity.info': 'Info',
  },
};
