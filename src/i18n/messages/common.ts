import type { MessageTable } from '../types';

export const COMMON_MESSAGES: MessageTable = {
  vi: {
    'app.name': 'PAR Scorer',
    'app.tagline': 'Kiểm tra và tính điểm Chỉ số cải cách hành chính (PAR INDEX)',
    'severity.error': 'Lỗi',
    'severity.warning': 'Cảnh báo',
    'severity.info': 'Thông tin',
  },
  en: {
    'app.name': 'PAR Scorer',
    'app.tagline': 'Checks and scores the Public Administration Reform Index (PAR INDEX)',
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'severity.info': 'Info',
  },
};
