// Progressive enhancement only: the page reads and navigates without this file.
// It marks the table of contents entry of the section being read, and makes the "copy link" buttons work.
"use strict";

(() => {
  const tocLinks = [...document.querySelectorAll(".toc a[href^='#']")];
  const targets = tocLinks
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((target) => target.heading);
  const toc = document.querySelector(".toc");
  let current = null;

  // The section being read is the last one whose heading has passed the top quarter of the window;
  // at the very end of the page, the last one whose heading is in view.
  const markCurrentSection = () => {
    const root = document.documentElement;
    const atEnd = innerHeight + scrollY >= root.scrollHeight - 2;
    const line = atEnd ? innerHeight : innerHeight / 4;
    let reading = null;
    for (const target of targets) {
      if (target.heading.getBoundingClientRect().top <= line) {
        reading = target;
      }
    }

    if (reading === current) {
      return;
    }

    current?.link.removeAttribute("aria-current");
    current = reading;
    if (current) {
      current.link.setAttribute("aria-current", "true");
      keepInView(current.link);
    }
  };

  // Scrolls the sidebar itself, never the page, so the marked entry stays visible in a long table of contents.
  const keepInView = (link) => {
    if (toc.scrollHeight <= toc.clientHeight) {
      return;
    }

    const box = toc.getBoundingClientRect();
    const entry = link.getBoundingClientRect();
    if (entry.top < box.top || entry.bottom > box.bottom) {
      toc.scrollTop += entry.top - box.top - box.height / 3;
    }
  };

  if (targets.length > 0 && "IntersectionObserver" in window) {
    const observer = new IntersectionObserver(markCurrentSection, { rootMargin: "0px 0px -75% 0px" });
    targets.forEach((target) => observer.observe(target.heading));
    const footer = document.querySelector(".site-footer");
    if (footer) {
      new IntersectionObserver(markCurrentSection).observe(footer);
    }

    markCurrentSection();
  }

  const status = document.getElementById("copy-status");

  const announce = (message) => {
    // Emptied first so that the same message, said twice, is announced twice.
    status.textContent = "";
    setTimeout(() => { status.textContent = message; }, 100);
  };

  document.addEventListener("click", async (event) => {
    const button = event.target instanceof Element ? event.target.closest(".copy-link") : null;
    if (!button) {
      return;
    }

    const permalink = button.previousElementSibling;
    const title = button.parentElement.firstElementChild.textContent.trim();
    try {
      await navigator.clipboard.writeText(permalink.href);
      button.dataset.copied = "";
      setTimeout(() => delete button.dataset.copied, 2000);
      announce(`Link to “${title}” copied.`);
    } catch {
      announce("The link could not be copied. Use the # link beside the heading instead.");
    }
  });
})();
