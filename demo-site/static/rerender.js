// Simulates a page whose framework re-renders the article every second from its own state: the
// article's nodes are replaced by fresh ones with the same text (anything others inserted is dropped).
const body = document.querySelector('.story-body');
if (body) {
  const html = body.innerHTML;
  setInterval(() => {
    const fresh = document.querySelector('.story-body');
    if (fresh) fresh.innerHTML = html;
  }, 1000);
}
