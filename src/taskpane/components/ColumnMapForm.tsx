import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { columnLetter, cleanText } from '../../domain/api/cells';
import { COLUMN_ROLES, type ColumnOverrides, type ColumnRole } from '../../domain/api/analyze';
import { useI18n } from '../i18n-context';
import type { SheetPreview } from '../services';

/** Without a preview the user still gets every column up to Z. */
const FALLBACK_COLUMNS = 26;
const HEADER_LABEL_CHARS = 28;

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  // Label and list on one line: twelve roles stay on about one screen of a 320 px pane. Fluent's
  // horizontal label spans every grid row, so it is padded to the small list, not centred.
  roleField: { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

interface ColumnChoice {
  readonly col: number;
  readonly label: string;
}

/** Column options labelled with what the chosen header row says ("C · Điểm tối đa"). */
export function columnChoices(preview: SheetPreview | undefined, headerRow: number): ColumnChoice[] {
  if (!preview || preview.rows.length === 0) {
    return Array.from({ length: FALLBACK_COLUMNS }, (_, col) => ({ col, label: columnLetter(col) }));
  }
  const width = Math.max(...preview.rows.map((r) => r.length));
  const header = preview.rows[headerRow - preview.originRow] ?? [];
  return Array.from({ length: width }, (_, i) => {
    const col = preview.originCol + i;
    const text = cleanText(header[i] ?? '');
    const short = text.length > HEADER_LABEL_CHARS ? `${text.slice(0, HEADER_LABEL_CHARS - 1)}…` : text;
    return { col, label: short ? `${columnLetter(col)} · ${short}` : columnLetter(col) };
  });
}

/**
 * A starting point for the header row: the first row filled across as widely as any row of the
 * preview (titles above a table fill one cell, a header fills them all). The user can change it.
 */
export function guessHeaderRow(preview: SheetPreview | undefined): number {
  if (!preview || preview.rows.length === 0) return 0;
  const filled = preview.rows.map((row) => row.filter((text) => cleanText(text) !== '').length);
  const widest = Math.max(...filled);
  return preview.originRow + Math.max(0, filled.indexOf(widest));
}

interface ColumnMapFormProps {
  readonly sheet: string;
  readonly preview?: SheetPreview;
  readonly initial?: ColumnOverrides;
  readonly onSubmit: (overrides: ColumnOverrides) => void;
  readonly onCancel?: () => void;
  readonly disabled: boolean;
}

export function ColumnMapForm({ sheet, preview, initial, onSubmit, onCancel, disabled }: ColumnMapFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [headerRowText, setHeaderRowText] = useState(() => String((initial?.headerRow ?? guessHeaderRow(preview)) + 1));
  const [columns, setColumns] = useState<Partial<Record<ColumnRole, number>>>(initial?.columns ?? {});
  const [problem, setProblem] = useState<string | null>(null);
  const headerRowNumber = Number(headerRowText);
  const headerRowValid = Number.isInteger(headerRowNumber) && headerRowNumber >= 1;
  const choices = columnChoices(preview, headerRowValid ? headerRowNumber - 1 : -1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!headerRowValid) {
      setProblem(t('pane.map.badHeaderRow'));
      return;
    }
    const hasKey = columns.code !== undefined || columns.name !== undefined;
    const hasBody = columns.score !== undefined || columns.max !== undefined || columns.task !== undefined;
    if (!hasKey || !hasBody) {
      setProblem(t('pane.map.tooFew'));
      return;
    }
    setProblem(null);
    onSubmit({ headerRow: headerRowNumber - 1, columns });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="pane-map-title" noValidate data-testid="column-map">
      <h2 id="pane-map-title" className={styles.heading}>
        {t('pane.map.title')}
      </h2>
      <p className={styles.intro}>{t('pane.map.intro', { sheet })}</p>
      <Field label={t('pane.map.headerRow')} validationMessage={headerRowValid ? undefined : t('pane.map.badHeaderRow')}>
        <Input type="number" min={1} value={headerRowText} onChange={(_, data) => setHeaderRowText(data.value)} />
      </Field>
      {COLUMN_ROLES.map((role) => (
        <Field key={role} label={t(`pane.role.${role}`)} orientation="horizontal" size="small" className={styles.roleField}>
          <Select
            size="small"
            value={columns[role] === undefined ? '' : String(columns[role])}
            onChange={(_, data) => {
              const next = { ...columns };
              if (data.value === '') delete next[role];
              else next[role] = Number(data.value);
              setColumns(next);
            }}
          >
            <option value="">{t('pane.map.none')}</option>
            {choices.map((choice) => (
              <option key={choice.col} value={String(choice.col)}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {problem ? (
        <p role="alert" className={styles.intro}>
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={disabled}>
          {t('pane.map.submit')}
        </Button>
        {onCancel ? (
          <Button type="button" onClick={onCancel} disabled={disabled}>
            {t('pane.map.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
