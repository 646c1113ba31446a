// CoHelm: accessibility fix-ups for Vaadin web components (docs/decisions/0028). Each one works around a
// defect inside a Vaadin component (in its shadow DOM, or in what it does with a slotted title) that
// server code cannot reach. Inlined into every page by CohelmApplication; each can go once Vaadin fixes it.
(() => {
  // <vaadin-tabs role="tablist"> renders its tabs inside <div part="tabs" tabindex="-1"> (a scroll
  // container): a focusable element without a role between a tablist and its tabs, which assistive
  // technology may announce and axe reports (aria-required-children, critical). Without the tabindex it is
  // a plain container; the tabs keep their own roving focus.
  const fixTabs = (tabs) => {
    tabs.setAttribute('data-a11y-fixed', '');
    customElements.whenDefined(tabs.localName)
      .then(() => tabs.updateComplete)
      .then(() => {
        const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part~="tabs"]');
        if (scroller) {
          scroller.removeAttribute('tabindex');
        }
      });
  };

  // <vaadin-card> is a region landmark. It names itself after a string title, but not after a title
  // component put in its title slot (a heading, a link), so pages with several cards had unnamed regions.
  let next = 0;
  const PREFIX = 'cohelm-card-title-';
  const needsName = (card) => {
    if (card.hasAttribute('aria-label')) {
      return false;
    }
    const labelledBy = card.getAttribute('aria-labelledby');
    // Named by Vaadin (its string title) or by the page; ours is renewed when the title was replaced.
    return !labelledBy || (labelledBy.startsWith(PREFIX) && !document.getElementById(labelledBy));
  };
  const nameCard = (card) => {
    const title = card.querySelector(':scope > [slot="title"]');
    if (!title || !title.textContent.trim()) {
      return;
    }
    if (!title.id) {
      title.id = PREFIX + (++next);
    }
    card.setAttribute('aria-labelledby', title.id);
  };

  // <vaadin-connection-indicator>, added by Vaadin to the page's body, says whether the connection to the
  // server is up ("Online", "Reconnecting…") outside every landmark (axe: region). It is a status: as a
  // live region it needs no landmark around it, and a lost connection is announced when it happens.
  const fixConnectionIndicator = (indicator) => indicator.setAttribute('role', 'status');

  let pending = false;
  const fixAll = () => {
    pending = false;
    document.querySelectorAll('vaadin-tabs:not([data-a11y-fixed])').forEach(fixTabs);
    document.querySelectorAll('vaadin-connection-indicator:not([role])').forEach(fixConnectionIndicator);
    document.querySelectorAll('vaadin-card').forEach((card) => needsName(card) && nameCard(card));
  };
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(fixAll);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
