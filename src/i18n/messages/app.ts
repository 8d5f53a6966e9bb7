import type { MessageTable } from '../types';

/** The add-in's name and one-line description. */
export const APP_MESSAGES: MessageTable = {
  vi: {
    'app.name': 'PAR Scorer',
    'app.tagline': 'Kiểm tra và tính điểm Chỉ số cải cách hành chính (PAR INDEX)',
  },
  en: {
    'app.name': 'PAR Scorer',
    'app.tagline': 'Checks and scores the Public Administration Reform Index (PAR INDEX)',
  },
};
