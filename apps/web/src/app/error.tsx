'use client';

import { useSearchParams } from 'next/navigation';

// A page that failed as a whole (a widget's failure stays inside the widget). Its own two strings keep
// the dictionary out of every page's client bundle.
const WORDS = {
  zh: { error: '页面加载失败', retry: '重试' },
  en: { error: 'The page could not be loaded', retry: 'Retry' },
};

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const w = WORDS[useSearchParams().get('lang') === 'en' ? 'en' : 'zh'];
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{w.error}</strong>
      </p>
      <p>{error.message}</p>
      {error.digest ? (
        <p>
          <code>{error.digest}</code>
        </p>
      ) : null}
      <button type="button" className="primary" onClick={reset}>
        {w.retry}
      </button>
    </div>
  );
}
