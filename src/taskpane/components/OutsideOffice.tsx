import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { translator } from '../../i18n';
import type { Lang } from '../../i18n/types';

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  // On its own line: a title run into the sentence reads as one block in a 320 px pane.
  barTitle: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
});

/**
 * Shown when the page is opened outside Excel, so it never sits on an endless spinner. Whoever sees
 * it is most likely an officer who opened the link in a browser: it says where the button is in
 * Excel and whom to ask, never a developer's command.
 */
export function OutsideOffice({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.main} aria-labelledby="outside-title" data-testid="outside-office">
        <h1 id="outside-title" className={styles.title}>
          {t('app.name')}
        </h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.barTitle}>{t('pane.outside.title')}</MessageBarTitle>
            {t('pane.outside.body')}
          </MessageBarBody>
        </MessageBar>
        <p className={styles.text}>{t('pane.outside.next')}</p>
        <p className={styles.text}>{t('pane.outside.install')}</p>
        {/* help.html sits beside taskpane.html in dist/web (the manifest's SupportUrl). */}
        <p className={styles.text}>
          <Link href="help.html" target="_blank" rel="noopener">
            {t('pane.outside.help')}
          </Link>
        </p>
      </main>
    </FluentProvider>
  );
}
