// Live reload for `kratom preview`. The preview adds this script to the pages it serves; a built site never has it.
// It reloads the page when a rebuild finishes, keeping the scroll position (or bringing the saved section into
// view), shows a failed build's errors over the page, and reconnects by itself when the server restarts.
(() => {
  'use strict';

  const script = document.currentScript;
  const pageBuild = script.dataset.build;
  const socketUrl = new URL(script.dataset.socket, location.href);
  socketUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const scrollKey = 'kratom-preview-scroll:' + location.pathname;
  const overlayId = 'kratom-preview-errors';

  let reloading = false;

  restoreScroll();
  connect(0);

  // The position is restored by hand only after a live reload; the reader's own reloads and visits are left to the browser.
  addEventListener('pagehide', () => {
    if (!reloading) {
      history.scrollRestoration = 'auto';
    }
  });

  function connect(failures) {
    const socket = new WebSocket(socketUrl);
    socket.addEventListener('open', () => { failures = 0; });
    socket.addEventListener('message', event => receive(JSON.parse(event.data)));
    socket.addEventListener('close', () => setTimeout(() => connect(failures + 1), Math.min(100 * 2 ** failures, 2000)));
  }

  function receive(message) {
    if (message.type === 'hello' && message.build !== pageBuild) {
      reload(null);
    } else if (message.type === 'reload') {
      reload(message.page === location.pathname ? message.section : null);
    } else if (message.type === 'errors') {
      showErrors(message.errors);
    }
  }

  function reload(section) {
    reloading = true;
    sessionStorage.setItem(scrollKey, JSON.stringify({ y: scrollY, section }));
    history.scrollRestoration = 'manual';
    location.reload();
  }

  function restoreScroll() {
    const saved = sessionStorage.getItem(scrollKey);
    if (saved === null) {
      return;
    }

    sessionStorage.removeItem(scrollKey);
    const { y, section } = JSON.parse(saved);
    // Instant, whatever the site's scroll-behavior: the author should not watch the page travel on every save.
    scrollTo({ top: y, behavior: 'instant' });
    const heading = section && document.getElementById(section);
    if (heading && !isInView(heading.closest('section') ?? heading)) {
      heading.scrollIntoView({ block: 'start', behavior: 'instant' });
    }

  }

  function isInView(element) {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }

  function showErrors(errors) {
    document.getElementById(overlayId)?.remove();
    const host = document.createElement('div');
    host.id = overlayId;
    host.setAttribute('role', 'alert');
    // A shadow root keeps the site's styles off the overlay and the overlay's off the site.
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { all: initial; position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; }
      section { max-height: 60vh; overflow: auto; box-sizing: border-box; padding: 1rem 1.25rem;
        background: #1d1d1f; color: #f5f5f5; border-top: 4px solid #ff6b6b; box-shadow: 0 -4px 16px rgb(0 0 0 / 35%);
        font: 16px/1.5 system-ui, sans-serif; }
      h2 { margin: 0 0 .25rem; font-size: 1.125rem; color: #ffb4b4; }
      p { margin: 0 0 .5rem; }
      ul { margin: 0; padding: 0; list-style: none; }
      li { margin-top: .5rem; padding: .5rem .75rem; border-radius: 4px; background: #2c2c30;
        font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
      button { float: right; margin-left: 1rem; padding: .125rem .75rem; border: 1px solid #a0a0a0; border-radius: 4px;
        background: transparent; color: inherit; font: inherit; cursor: pointer; }
      button:focus-visible { outline: 2px solid #8ab4ff; outline-offset: 2px; }`;
    const panel = document.createElement('section');
    panel.setAttribute('aria-labelledby', 'title');
    const hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Hide';
    hide.addEventListener('click', () => host.remove());
    const title = document.createElement('h2');
    title.id = 'title';
    title.textContent = 'The site did not build';
    const note = document.createElement('p');
    note.textContent = 'The preview still shows the last good build. Fix the problems below and save: this message goes away by itself.';
    const list = document.createElement('ul');
    for (const error of errors) {
      const item = document.createElement('li');
      item.textContent = error;
      list.append(item);
    }

    panel.append(hide, title, note, list);
    root.append(style, panel);
    document.body.append(host);
  }
})();
