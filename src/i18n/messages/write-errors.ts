import type { MessageTable } from '../types';

/** Why a file could not be written, by Node error code, in words an officer can act on. */
export const WRITE_ERROR_MESSAGES: MessageTable = {
  vi: {
    'cli.write-reason.ENOENT': 'thư mục chứa tệp không tồn tại hoặc không tạo được',
    'cli.write-reason.ENOTDIR': 'một phần của đường dẫn là tệp chứ không phải thư mục',
    'cli.write-reason.EEXIST': 'một phần của đường dẫn là tệp chứ không phải thư mục',
    'cli.write-reason.EACCES': 'không có quyền ghi vào thư mục này',
    'cli.write-reason.EPERM': 'không có quyền ghi vào thư mục này',
    'cli.write-reason.EROFS': 'ổ đĩa chỉ cho phép đọc',
    'cli.write-reason.ENOSPC': 'ổ đĩa đã đầy',
    'cli.write-reason.EISDIR': 'đường dẫn là một thư mục',
    'cli.write-reason.EBUSY': 'tệp đang được mở trong chương trình khác (ví dụ Excel); hãy đóng tệp rồi chạy lại',
  },
  en: {
    'cli.write-reason.ENOENT': 'the folder does not exist and could not be created',
    'cli.write-reason.ENOTDIR': 'part of the path is a file, not a folder',
    'cli.write-reason.EEXIST': 'part of the path is a file, not a folder',
    'cli.write-reason.EACCES': 'no permission to write in this folder',
    'cli.write-reason.EPERM': 'no permission to write in this folder',
    'cli.write-reason.EROFS': 'the drive is read-only',
    'cli.write-reason.ENOSPC': 'the drive is full',
    'cli.write-reason.EISDIR': 'the path is a folder',
    'cli.write-reason.EBUSY': 'the file is open in another program (Excel, for instance); close it and run again',
  },
};
