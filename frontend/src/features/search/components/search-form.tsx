import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { areaSlugFromPath, localeFromPath, paths, stripLang, withLang } from '@/lib/paths';

/** The search field of the header. On an area page it searches that area. */
export function SearchForm() {
  const { t } = useTranslation();
  const id = useId();
  const location = useLocation();
  const navigate = useNavigate();
  const lang = localeFromPath(location.pathname);
  const onSearchPage = stripLang(location.pathname) === '/search';
  const current = onSearchPage ? new URLSearchParams(location.search) : undefined;
  const area = current ? (current.get('area') ?? undefined) : areaSlugFromPath(location.pathname);
  const [value, setValue] = useState(current?.get('q') ?? '');
  const [lastSearch, setLastSearch] = useState(location.search);
  if (onSearchPage && lastSearch !== location.search) {
    setLastSearch(location.search);
    setValue(current?.get('q') ?? '');
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = value.trim();
    if (!q) return;
    void navigate(withLang(paths.search(q, area), lang));
  }

  return (
    <form role="search" className="search-form" onSubmit={submit} aria-label={t('search.formLabel')}>
      <label htmlFor={id} className="visually-hidden">
        {area ? t('search.fieldLabelArea') : t('search.fieldLabel')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        className="kern-form-input__input"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t('search.placeholder')}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-icon kern-icon--search" aria-hidden="true" />
        <span className="kern-label">{t('search.submit')}</span>
      </button>
    </form>
  );
}
