// Data packages and keys: export one, several or all offices to a `.orgatlas` file (signed
// with this app's key if the user wants), show that key so others can trust it, and manage
// the keys whose packages this app trusts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicKeyText } from '../../shared/imports/public-key.ts';
import type { OfficeSummary } from '../../shared/types.ts';
import { api, desktop } from '../api.ts';
import { Status } from '../components/Status.tsx';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';
import './imports.css';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function PackagesView({ offices }: { offices: OfficeSummary[] }) {
  const { t } = useTranslation();
  const headingRef = useViewHeading('packages');
  const [keyVersion, setKeyVersion] = useState(0);
  const signing = useApi(() => api.signingKey({}), [keyVersion]);
  return (
    <article className="packages-view" aria-labelledby="packages-title">
      <header className="page-head">
        <h1 id="packages-title" ref={headingRef} tabIndex={-1}>
          {t('packages.title')}
        </h1>
        <p className="muted">{t('packages.intro')}</p>
      </header>
      <ExportSection offices={offices} canSign={signing.status === 'ready' && signing.value.publicKey !== null} />
      <section aria-labelledby="signing-title" className="packages-section">
        <h2 id="signing-title">{t('packages.signingKey')}</h2>
        {signing.status !== 'ready' ? (
          <Status state={signing} />
        ) : signing.value.publicKey ? (
          <div data-testid="signing-key">
            <p className="muted small">{t('packages.signingKeyShare')}</p>
            <p>
              {t('packages.fingerprint')}: <code data-testid="signing-fingerprint">{signing.value.fingerprint}</code>
            </p>
            <input className="key-text" readOnly value={signing.value.publicKey} aria-label={t('packages.publicKey')} />
          </div>
        ) : (
          <CreateKey onCreated={() => setKeyVersion((n) => n + 1)} />
        )}
      </section>
      <TrustedKeys />
    </article>
  );
}

function CreateKey({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    try {
      await api.createSigningKey({});
      onCreated();
    } catch (err) {
      setError(message(err));
    }
  };
  return (
    <div>
      <p className="muted small">{t('packages.noSigningKey')}</p>
      <button type="button" data-testid="create-signing-key" onClick={() => void create()}>
        {t('packages.createKey')}
      </button>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Saves the package: the save dialog in the desktop app, a download in a browser. */
async function savePackage(fileName: string, content: string): Promise<string | null> {
  if (desktop) {
    const result = await desktop.savePackage({ defaultName: fileName, content });
    if (result.saved) return result.path;
    if (result.reason === 'failed') throw new Error(result.message ?? 'the file could not be written');
    return null;
  }
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/x-orgatlas' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}

function ExportSection({ offices, canSign }: { offices: OfficeSummary[]; canSign: boolean }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [sign, setSign] = useState(false);
  const [state, setState] = useState<{ done?: string; error?: string; busy?: boolean }>({});
  const all = chosen.size === offices.length && offices.length > 0;
  const toggle = (id: number) =>
    setChosen((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const exportNow = async () => {
    setState({ busy: true });
    try {
      const names = offices.filter((o) => chosen.has(o.id)).map((o) => o.name);
      const pkg = await api.exportPackage({ offices: all ? [] : names, sign: sign && canSign });
      const saved = await savePackage(pkg.fileName, pkg.content);
      setState(
        saved
          ? {
              done: t(pkg.signer ? 'packages.savedSigned' : 'packages.saved', {
                count: pkg.offices.length,
                file: saved,
              }),
            }
          : {},
      );
    } catch (err) {
      setState({ error: message(err) });
    }
  };
  return (
    <section aria-labelledby="export-title" className="packages-section">
      <h2 id="export-title">{t('packages.export')}</h2>
      <label className="export-all">
        <input
          type="checkbox"
          data-testid="export-all"
          checked={all}
          onChange={() => setChosen(all ? new Set() : new Set(offices.map((o) => o.id)))}
        />{' '}
        {t('packages.allOffices', { count: offices.length })}
      </label>
      <ul className="export-offices">
        {offices.map((o) => (
          <li key={o.id}>
            <label lang="zh-CN">
              <input
                type="checkbox"
                data-testid="export-office"
                checked={chosen.has(o.id)}
                onChange={() => toggle(o.id)}
              />{' '}
              {o.name}
            </label>
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          data-testid="export-sign"
          disabled={!canSign}
          checked={sign && canSign}
          onChange={(e) => setSign(e.target.checked)}
        />{' '}
        {canSign ? t('packages.sign') : t('packages.signNeedsKey')}
      </label>
      <p>
        <button
          type="button"
          className="primary"
          data-testid="export-package"
          disabled={chosen.size === 0 || state.busy}
          onClick={() => void exportNow()}
        >
          {t('packages.exportButton', { count: chosen.size })}
        </button>
      </p>
      {state.done && (
        <p role="status" data-testid="export-done">
          {state.done}
        </p>
      )}
      {state.error && (
        <p className="status-error" role="alert">
          {t('packages.error', { message: state.error })}
        </p>
      )}
    </section>
  );
}

function TrustedKeys() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const keys = useApi(() => api.trustedKeys({}), [version]);
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const change = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setVersion((n) => n + 1);
      return true;
    } catch (err) {
      setError(message(err));
      return false;
    }
  };
  const add = async () => {
    if (!isPublicKeyText(key.trim())) return setError(t('packages.notAKey'));
    if (await change(() => api.trustKey({ publicKey: key.trim(), label: label.trim() || undefined }))) {
      setKey('');
      setLabel('');
    }
  };
  const fromFile = async (file: File) => {
    // A key file holds the one-line key, perhaps among comments: take the first key-like line.
    const text = await file.text();
    const line = text.split(/\r?\n/).find((l) => l.trim().startsWith('ed25519:'));
    setKey((line ?? text).trim().slice(0, 100));
    if (!label) setLabel(file.name.replace(/\.[^.]+$/, ''));
  };
  return (
    <section aria-labelledby="trusted-title" className="packages-section">
      <h2 id="trusted-title">{t('packages.trusted')}</h2>
      <p className="muted small">{t('packages.trustedIntro')}</p>
      {keys.status !== 'ready' ? (
        <Status state={keys} />
      ) : keys.value.length === 0 ? (
        <p data-testid="no-trusted-keys">{t('packages.noTrusted')}</p>
      ) : (
        <table className="trusted-keys">
          <thead>
            <tr>
              <th scope="col">{t('packages.label')}</th>
              <th scope="col">{t('packages.fingerprint')}</th>
              <th scope="col">{t('packages.added')}</th>
              <th scope="col">
                <span className="sr-only">{t('packages.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.value.map((k) => (
              <tr key={k.publicKey} data-testid="trusted-key">
                <td>{k.label || t('packages.unnamed')}</td>
                <td>
                  <code title={k.publicKey}>{k.fingerprint}</code>
                </td>
                <td>{k.addedAt.slice(0, 10)}</td>
                <td>
                  <button
                    type="button"
                    data-testid="untrust-key"
                    aria-label={t('packages.removeKey', { label: k.label || k.fingerprint })}
                    onClick={() => void change(() => api.untrustKey({ publicKey: k.publicKey }))}
                  >
                    {t('packages.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="trust-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3>{t('packages.addKey')}</h3>
        <label>
          {t('packages.publicKey')}{' '}
          <input
            className="key-text"
            data-testid="trust-key-input"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            placeholder="ed25519:…"
            spellCheck={false}
          />
        </label>
        <label>
          {t('packages.keyFile')}{' '}
          <input
            type="file"
            data-testid="trust-key-file"
            accept=".pub,.txt,.key"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void fromFile(file);
            }}
          />
        </label>
        <label>
          {t('packages.label')}{' '}
          <input data-testid="trust-label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
        </label>
        <button type="submit" data-testid="trust-add" disabled={!key.trim()}>
          {t('packages.trust')}
        </button>
      </form>
      {error && (
        <p className="status-error" role="alert" data-testid="trust-error">
          {t('packages.error', { message: error })}
        </p>
      )}
    </section>
  );
}
