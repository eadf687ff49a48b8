// "What the words mean": every procurement word the screens use, in plain words.
import { useEffect } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.jsx';
import { glossary } from '../glossary.js';

export function Words() {
  useEffect(() => {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }, []);
  return (
    <>
      <PageHeading>What the words mean</PageHeading>
      <p class="ds_leader">Tenders use some special words. This is what they mean on this website.</p>
      <dl class="glossary">
        {Object.entries(glossary).map(([key, [title, meaning]]) => (
          <div key={key} class="glossary__item">
            <dt id={key}>{title}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
