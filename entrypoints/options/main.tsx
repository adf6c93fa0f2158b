// TEMPORARY options page until components/mount.tsx provides mountOptions.
const root = document.getElementById('app');
if (root) {
  const h1 = document.createElement('h1');
  h1.textContent = 'Contrepoint options';
  root.append(h1);
}
