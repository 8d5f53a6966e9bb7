import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n-context';
import type { RemovalPreview } from '../services';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  line: { margin: `0 0 ${tokens.spacingVerticalXS}` },
});

export interface RemovalDialogProps {
  readonly preview: RemovalPreview | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Xóa kết quả" asks first, naming the sheets it deletes and the columns it clears. */
export function RemovalDialog({ preview, onConfirm, onCancel }: RemovalDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const first = useRef<HTMLButtonElement>(null);
  const open = preview !== null;
  // Focus inside on opening, whatever had it before (a button disabled while the preview loaded).
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const nothing = preview !== null && preview.sheets.length === 0 && preview.columns.length === 0;
  return (
    <Dialog open={preview !== null} modalType="alert" onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface data-testid="removal-dialog">
        <DialogBody>
          <DialogTitle>{t('pane.remove.confirmTitle')}</DialogTitle>
          <DialogContent>
            {nothing ? <p className={styles.line}>{t('pane.remove.nothing')}</p> : null}
            {preview && preview.sheets.length > 0 ? (
              <>
                <p className={styles.line}>{t('pane.remove.sheets', { count: preview.sheets.length })}</p>
                <ul className={styles.list} data-testid="removal-sheets">
                  {preview.sheets.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {preview?.tableSheet && preview.columns.length > 0 ? (
              <p className={styles.line} data-testid="removal-columns">
                {t('pane.remove.columns', { columns: preview.columns.join(', '), sheet: preview.tableSheet })}
              </p>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabled={nothing}>
              {t('pane.remove.confirm')}
            </Button>
            <Button ref={first} onClick={onCancel}>
              {t('pane.remove.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
