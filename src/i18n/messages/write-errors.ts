import type { MessageTable } from '../types';

/** Why a file could not be written, by Node error code, in words an officer can act on. */
export const WRITE_ERROR_MESSAGES: MessageTable = {
  vi: {
    'write-errors.ENOENT': 'thư mục chứa tệp không tồn tại hoặc không tạo được',
    'write-errors.ENOTDIR': 'một phần của đường dẫn là tệp chứ không phải thư mục',
    'write-errors.EEXIST': 'một phần của đường dẫn là tệp chứ không phải thư mục',
    'write-errors.EACCES': 'không có quyền ghi vào thư mục này',
    'write-errors.EPERM': 'không có quyền ghi vào thư mục này',
    'write-errors.EROFS': 'ổ đĩa chỉ cho phép đọc',
    'write-errors.ENOSPC': 'ổ đĩa đã đầy',
    'write-errors.EISDIR': 'đường dẫn là một thư mục',
    'write-errors.EBUSY': 'tệp đang được mở trong chương trình khác (ví dụ Excel); hãy đóng tệp rồi chạy lại',
  },
  en: {
    'write-errors.ENOENT': 'the folder does not exist and could not be created',
    'write-errors.ENOTDIR': 'part of the path is a file, not a folder',
    'write-errors.EEXIST': 'part of the path is a file, not a folder',
    'write-errors.EACCES': 'no permission to write in this folder',
    'write-errors.EPERM': 'no permission to write in this folder',
    'write-errors.EROFS': 'the drive is read-only',
    'write-errors.ENOSPC': 'the drive is full',
    'write-errors.EISDIR': 'the path is a folder',
    'write-errors.EBUSY': 'the file is open in another program (Excel, for instance); close it and run again',
  },
};
