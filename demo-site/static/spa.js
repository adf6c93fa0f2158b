// The single-page demo: links change the URL with history.pushState and the article is swapped in
// without a page load, the way news sites built as SPAs behave.
const main = document.getElementById('main');
const list = document.getElementById('spa-links');

async function show(path, push) {
  const response = await fetch(`/api${path}`);
  if (!response.ok) {
    main.textContent = 'Article not found.';
    return;
  }
  const data = await response.json();
  if (push) history.pushState(null, '', `/spa${path}`);
  document.title = `${data.headline} | The Demo Ledger`;
  document.documentElement.lang = data.lang;
  // Markup from this demo server only (escaped when rendered).
  main.innerHTML = data.html;
  window.scrollTo(0, 0);
}

async function start() {
  const articles = await (await fetch('/api/articles')).json();
  for (const a of articles) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/spa${a.path}`;
    link.textContent = a.headline;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(a.path, true);
    });
    li.append(link);
    list.append(li);
  }
  const first = main.dataset.first || articles[0]?.path;
  if (first) await show(first, false);
}

window.addEventListener('popstate', () => show(location.pathname.replace(/^\/spa/, ''), false));
start();
