/**
 * Entry of the task pane: a minimal Fluent UI page with the add-in's name and version, and whether
 * it runs inside Excel. It renders at once and also outside Office (a plain browser, or office.js
 * unreachable), where it says it is in preview mode. The full pane replaces this page later.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, Caption1, FluentProvider, Title1, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

/** The package version, injected at build time by webpack's DefinePlugin. */
declare const __CERMAT_VERSION__: string;

type Host = 'menunggu' | 'excel' | 'lain' | 'luar';

const HOST_TEXT: Record<Host, string> = {
  menunggu: 'Menghubungkan ke Excel…',
  excel: 'Terhubung dengan Excel.',
  lain: 'Terbuka di aplikasi Office selain Excel: Cermat dibuat untuk Excel.',
  luar: 'Dibuka di luar Office: mode pratinjau.',
};

/** Where the page runs, from Office.onReady (office.js may be absent outside Office). */
async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined') return 'luar';
  const { host } = await Office.onReady();
  if (!host) return 'luar';
  return host === Office.HostType.Excel ? 'excel' : 'lain';
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

function App(): React.JSX.Element {
  const styles = useStyles();
  const [host, setHost] = React.useState<Host>('menunggu');
  React.useEffect(() => {
    detectHost().then(setHost, () => setHost('luar'));
  }, []);
  return (
    <main className={styles.page}>
      <Title1 as="h1">Cermat</Title1>
      <Body1>Pemeriksa tabel kinerja SAKIP: PK, LKjIP, anggaran, efisiensi, dan Renja.</Body1>
      <Body1>{HOST_TEXT[host]}</Body1>
      <Caption1>Versi {__CERMAT_VERSION__}</Caption1>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App />
  </FluentProvider>,
);
