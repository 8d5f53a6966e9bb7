import type { MessageTable } from '../types';

/** `npm run serve:dist`: the built add-in served over HTTPS for a pilot on the office network. */
export const SERVE_MESSAGES: MessageTable = {
  vi: {
    'serve.usage': [
      'Phục vụ thư mục dist/web đã dựng qua HTTPS (chạy thử trong mạng nội bộ):',
      '  npm run serve:dist -- --cert CHỨNG_CHỈ.pem --key KHÓA.pem [--port 8443] [--host 0.0.0.0] [--dir dist/web] [--lang vi|en]',
      '      CHỨNG_CHỈ.pem: chứng chỉ của tên máy chủ (kèm chuỗi chứng chỉ trung gian), dạng PEM; KHÓA.pem: khóa riêng của nó.',
      '      Dựng trước bằng: PAR_SCORER_BASE_URL=https://TÊN_MÁY:CỔNG npm run build',
    ].join('\n'),
    'serve.error.missingOption': 'Thiếu tùy chọn {option}.',
    'serve.error.badOption': 'Tùy chọn không hợp lệ: {detail}',
    'serve.error.badPort': 'Cổng “{port}” không hợp lệ: cần một số từ 1 đến 65535.',
    'serve.error.unreadable': 'Không đọc được tệp {file} ({option}): {reason}',
    'serve.error.notBuilt': 'Thư mục {dir} không có add-in đã dựng (thiếu {file}). Hãy chạy trước: PAR_SCORER_BASE_URL=https://TÊN_MÁY:CỔNG npm run build',
    'serve.error.badCertificate': 'Không dùng được chứng chỉ và khóa đã cho: {reason}',
    'serve.error.portBusy': 'Cổng {port} đang được dùng. Chọn cổng khác bằng --port.',
    'serve.error.portDenied': 'Không được phép mở cổng {port} (cổng dưới 1024 cần quyền quản trị). Chọn cổng khác bằng --port.',
    'serve.serving': 'PAR Scorer đang được phục vụ tại {url} từ thư mục {dir}\n(Ctrl+C để dừng)',
    'serve.manifest': 'Tệp manifest để cài add-in: {manifest} (trỏ tới {base}).',
    'serve.warn.devBuild': 'Cảnh báo: bản dựng này trỏ tới địa chỉ phát triển {base}, không dùng được trên máy khác. Dựng lại với PAR_SCORER_BASE_URL là địa chỉ của máy chủ này.',
    'serve.warn.portMismatch': 'Cảnh báo: manifest trỏ tới cổng {expected} nhưng máy chủ đang nghe ở cổng {port}. Excel sẽ không tải được add-in: dùng --port {expected} hoặc dựng lại.',
  },
  en: {
    'serve.usage': [
      'Serve a built dist/web over HTTPS (a pilot on the office network):',
      '  npm run serve:dist -- --cert CERT.pem --key KEY.pem [--port 8443] [--host 0.0.0.0] [--dir dist/web] [--lang vi|en]',
      '      CERT.pem: the certificate for the server name (with its intermediate chain), PEM; KEY.pem: its private key.',
      '      Build first with: PAR_SCORER_BASE_URL=https://HOST:PORT npm run build',
    ].join('\n'),
    'serve.error.missingOption': 'Option {option} is missing.',
    'serve.error.badOption': 'Invalid option: {detail}',
    'serve.error.badPort': 'Port “{port}” is not valid: give a number from 1 to 65535.',
    'serve.error.unreadable': 'Cannot read {file} ({option}): {reason}',
    'serve.error.notBuilt': 'Folder {dir} holds no built add-in ({file} is missing). Run first: PAR_SCORER_BASE_URL=https://HOST:PORT npm run build',
    'serve.error.badCertificate': 'The certificate and key given cannot be used: {reason}',
    'serve.error.portBusy': 'Port {port} is in use. Choose another one with --port.',
    'serve.error.portDenied': 'Not allowed to open port {port} (ports below 1024 need administrator rights). Choose another one with --port.',
    'serve.serving': 'PAR Scorer is served at {url} from {dir}\n(Ctrl+C to stop)',
    'serve.manifest': 'The manifest to install the add-in with: {manifest} (it points at {base}).',
    'serve.warn.devBuild': 'Warning: this build points at the development address {base}, which other computers cannot use. Build again with PAR_SCORER_BASE_URL set to this server’s address.',
    'serve.warn.portMismatch': 'Warning: the manifest points at port {expected} but the server listens on port {port}. Excel will not load the add-in: use --port {expected} or build again.',
  },
};
