import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n-context';
import type { PendingEdits, UserEditsChoice } from '../services';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  line: { margin: `0 0 ${tokens.spacingVerticalXS}` },
});

/** Cells listed one by one; past this the rest are counted. */
const SHOWN = 20;

export interface UserEditsDialogProps {
  readonly edits: PendingEdits | null;
  readonly onChoose: (choice: UserEditsChoice) => void;
  readonly onCancel: () => void;
}

/** A write stopped over cells the user typed into: name them, then keep them or overwrite them. */
export function UserEditsDialog({ edits, onChoose, onCancel }: UserEditsDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const count = edits?.cells.length ?? 0;
  const first = useRef<HTMLButtonElement>(null);
  const open = edits !== null;
  // Focus inside on opening, whatever had it before (the write button, disabled while it ran).
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <Dialog open={edits !== null} modalType="alert" onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface data-testid="user-edits-dialog">
        <DialogBody>
          <DialogTitle>{t('pane.edits.title')}</DialogTitle>
          <DialogContent>
            <p className={styles.line}>{t(edits?.certain === false ? 'pane.edits.unsure' : 'pane.edits.body', { count })}</p>
            <ul className={styles.list} data-testid="user-edits-cells">
              {(edits?.cells ?? []).slice(0, SHOWN).map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>{`${c.sheet}!${c.cell}`}</li>
              ))}
            </ul>
            {count > SHOWN ? <p className={styles.line}>{t('pane.edits.more', { count: count - SHOWN })}</p> : null}
            {edits?.tableResized ? <p className={styles.line}>{t('pane.edits.tableResized')}</p> : null}
            <p className={styles.line}>{t('pane.edits.keepHelp')}</p>
          </DialogContent>
          <DialogActions>
            <Button ref={first} appearance="primary" onClick={() => onChoose('keep')}>
              {t('pane.edits.keep')}
            </Button>
            <Button onClick={() => onChoose('overwrite')}>{t('pane.edits.overwrite')}</Button>
            <Button onClick={onCancel}>{t('pane.edits.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
