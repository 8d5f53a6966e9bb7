/**
 * What Excel shows for a stored number, for the number formats officers actually use. The reader
 * needs it because the domain matches on displayed text (a "1.10" code, a "0.00" score) the same
 * way for both adapters. Output uses a dot decimal: the domain parses either separator.
 */

/** Excel's General format: up to 11 characters, so at most 10 significant digits, no trailing zeros. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    return value.toExponential(5).replace(/\.?0+e/, 'e').toUpperCase();
  }
  return String(Number(value.toPrecision(10)));
}

const DATE_TOKEN = /(yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s)/gi;

export function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) || /h.*m|m.*s/i.test(bare);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Dates come from exceljs as UTC instants of the serial value: format them in UTC. */
export function formatDate(date: Date, numFmt: string | undefined): string {
  const fmt = numFmt && numFmt !== 'General' && isDateFormat(numFmt) ? numFmt.split(';')[0]! : 'dd/mm/yyyy';
  const cleaned = fmt.replace(/\[[^\]]*\]/g, '').replace(/\\(.)/g, '$1');
  const hasHour = /h/i.test(cleaned);
  let previousWasHour = false;
  return cleaned.replace(/"([^"]*)"/g, '$1').replace(DATE_TOKEN, (token) => {
    const t = token.toLowerCase();
    let out: string;
    switch (t) {
      case 'yyyy':
        out = String(date.getUTCFullYear());
        break;
      case 'yy':
        out = pad(date.getUTCFullYear() % 100, 2);
        break;
      case 'dd':
        out = pad(date.getUTCDate(), 2);
        break;
      case 'd':
        out = String(date.getUTCDate());
        break;
      case 'hh':
        out = pad(date.getUTCHours(), 2);
        break;
      case 'h':
        out = String(date.getUTCHours());
        break;
      case 'ss':
        out = pad(date.getUTCSeconds(), 2);
        break;
      case 's':
        out = String(date.getUTCSeconds());
        break;
      case 'mm':
        out = hasHour && previousWasHour ? pad(date.getUTCMinutes(), 2) : pad(date.getUTCMonth() + 1, 2);
        break;
      case 'm':
        out = hasHour && previousWasHour ? String(date.getUTCMinutes()) : String(date.getUTCMonth() + 1);
        break;
      default:
        out = String(date.getUTCMonth() + 1);
    }
    previousWasHour = t.startsWith('h');
    return out;
  });
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Applies one section of a numeric format such as "0.00", "#,##0.0#", "0%", "0.00 \"điểm\"". */
function applyNumericSection(value: number, section: string): string {
  const literalFree = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  const percent = literalFree.includes('%');
  const scaled = percent ? value * 100 : value;
  const decimalMatch = /\.([0#?]*)/.exec(literalFree);
  const required = decimalMatch ? (decimalMatch[1]!.match(/0/g) ?? []).length : 0;
  const optional = decimalMatch ? (decimalMatch[1]!.match(/[#?]/g) ?? []).length : 0;
  const grouping = /[0#],[0#]/.test(literalFree);

  let body = Math.abs(scaled).toFixed(required + optional);
  if (optional > 0) {
    const [intPart, fracPart = ''] = body.split('.');
    let frac = fracPart;
    while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
    body = frac.length > 0 ? `${intPart}.${frac}` : intPart!;
  }
  const [intDigits, fracDigits] = body.split('.');
  const integerText = grouping ? groupThousands(intDigits!) : intDigits!;
  const hasIntegerPlaceholder = /0[^.]*(\.|$)/.test(literalFree.split('.')[0] ?? '');
  const shownInteger = integerText === '0' && !hasIntegerPlaceholder && fracDigits ? '' : integerText;
  const number = fracDigits !== undefined ? `${shownInteger}.${fracDigits}` : shownInteger;

  // Keep the literal text around the number pattern ("0.00 điểm").
  const firstPlaceholder = section.search(/[0#?]/);
  const lastPlaceholder = Math.max(section.lastIndexOf('0'), section.lastIndexOf('#'), section.lastIndexOf('?'));
  const unquote = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
  const prefix = firstPlaceholder > 0 ? unquote(section.slice(0, firstPlaceholder)) : '';
  const suffix = lastPlaceholder >= 0 ? unquote(section.slice(lastPlaceholder + 1)).replace(/^[.,]+/, '') : '';
  return `${prefix}${number}${suffix}`;
}

/** The text Excel displays for a number under numFmt (General when missing or unrecognised). */
export function formatNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return formatGeneral(value);
  const sections = numFmt.split(';');
  if (isDateFormat(sections[0]!)) {
    return formatDate(excelSerialToDate(value), numFmt);
  }
  if (!/[0#?]/.test(sections[0]!)) return formatGeneral(value);
  let section = sections[0]!;
  let magnitude = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    magnitude = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const text = applyNumericSection(magnitude, section);
  const showsSign = value < 0 && sections[1] === undefined && Number(text.replace(/[^0-9.]/g, '')) !== 0;
  return showsSign ? `-${text}` : text;
}

/** Serial day numbers (1900 system) to a UTC date. */
export function excelSerialToDate(serial: number): Date {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms);
}
