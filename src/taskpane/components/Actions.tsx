import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n-context';
import type { SheetChangePreview } from '../services';
import { sortNamesVi } from '../format';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  button: { justifyContent: 'flex-start', width: '100%', maxWidth: 'none' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  confirmHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  listTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  confirmButtons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

interface ActionsProps {
  readonly onWrite: () => void;
  readonly onPreviewAgencies: () => void;
  readonly onRemove: () => void;
  readonly disabled: boolean;
  readonly canWrite: boolean;
  readonly agencyPreview: SheetChangePreview | null;
  readonly onConfirmAgencies: () => void;
  readonly onCancelAgencies: () => void;
  /** Present when the table's own maxima can become the workbook's criteria set. */
  readonly onCriteriaFromTable?: () => void;
}

function NameList({ title, names, testId }: { title: string; names: readonly string[]; testId: string }) {
  const styles = useStyles();
  if (names.length === 0) return null;
  return (
    <>
      <p className={styles.listTitle}>{title}</p>
      <ul className={styles.names} data-testid={testId}>
        {sortNamesVi(names).map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </>
  );
}

/** The confirm button says what it will do: a second run only updates the sheets of the first. */
function confirmKey(preview: SheetChangePreview): string {
  if (preview.create.length === 0 && preview.update.length > 0) return 'pane.agencies.confirmUpdate';
  if (preview.create.length > 0 && preview.update.length > 0) return 'pane.agencies.confirmBoth';
  return 'pane.agencies.confirm';
}

export function Actions(props: ActionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const confirmRef = useRef<HTMLElement>(null);
  const agenciesRef = useRef<HTMLButtonElement>(null);
  const hadPreview = useRef(false);
  const refocus = useRef(false);
  useEffect(() => {
    if (props.agencyPreview) {
      hadPreview.current = true;
      confirmRef.current?.focus();
    } else if (hadPreview.current) {
      hadPreview.current = false;
      refocus.current = true;
    }
  }, [props.agencyPreview]);
  // The list closes under the keyboard user's focus: it goes back to the button that opened it,
  // once that button is enabled again (it is disabled while the sheets are being written). Refs,
  // not state, so this runs in the same commit, before the pane's own focus fallback.
  useEffect(() => {
    if (!refocus.current || props.disabled) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) agenciesRef.current?.focus();
  });
  const preview = props.agencyPreview;
  const nothingToDo = preview !== null && preview.create.length + preview.update.length + preview.remove.length === 0;

  return (
    <section aria-labelledby="pane-actions-title" className={styles.section}>
      <h2 id="pane-actions-title" className={styles.heading}>
        {t('pane.actions.title')}
      </h2>
      <div className={styles.buttons}>
        <Button className={styles.button} onClick={props.onWrite} disabled={props.disabled || !props.canWrite}>
          {t('pane.actions.write')}
        </Button>
        <Button
          ref={agenciesRef}
          className={styles.button}
          onClick={props.onPreviewAgencies}
          disabled={props.disabled || !props.canWrite}
          aria-expanded={preview !== null}
        >
          {t('pane.actions.agencies')}
        </Button>
        {preview ? (
          <section ref={confirmRef} tabIndex={-1} className={styles.confirm} aria-labelledby="pane-agency-confirm" data-testid="agency-preview">
            <h3 id="pane-agency-confirm" className={styles.confirmHeading}>
              {t('pane.agencies.confirmTitle')}
            </h3>
            {nothingToDo ? <p className={styles.listTitle}>{t('pane.agencies.nothing')}</p> : null}
            <NameList title={t('pane.agencies.create', { count: preview.create.length })} names={preview.create} testId="agency-create" />
            <NameList title={t('pane.agencies.update', { count: preview.update.length })} names={preview.update} testId="agency-update" />
            <NameList title={t('pane.agencies.remove', { count: preview.remove.length })} names={preview.remove} testId="agency-remove" />
            <div className={styles.confirmButtons}>
              <Button appearance="primary" onClick={props.onConfirmAgencies} disabled={props.disabled || nothingToDo}>
                {t(confirmKey(preview))}
              </Button>
              <Button onClick={props.onCancelAgencies} disabled={props.disabled}>
                {t('pane.agencies.cancel')}
              </Button>
            </div>
          </section>
        ) : null}
        {props.onCriteriaFromTable ? (
          <Button className={styles.button} onClick={props.onCriteriaFromTable} disabled={props.disabled}>
            {t('pane.actions.criteriaFromTable')}
          </Button>
        ) : null}
        <Button className={styles.button} onClick={props.onRemove} disabled={props.disabled}>
          {t('pane.actions.remove')}
        </Button>
      </div>
    </section>
  );
}
