package vn.giamsat.admin.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Vaadin's TabSheet with its tab strip exposed to assistive technology the way WAI-ARIA asks (issue 18 item 6).
 *
 * <p>Why: {@code vaadin-tabs} carries {@code role="tablist"} on its host, but its tabs sit in a slot inside a
 * scroll container {@code <div part="tabs" tabindex="-1">}. That container is focusable, so between the tablist
 * and its tabs there is a focusable element with no role, and axe-core (aria-required-children, critical) reads
 * a tablist whose child is not allowed. Removing the {@code tabindex} would make the scroller a tab stop in
 * browsers that focus scrollable boxes, so instead the role moves onto the scroll container itself: the tablist
 * is then the element that directly holds the tabs (and a tablist may be focusable), the host becomes
 * {@code role="none"}. Keyboard handling (arrow keys, Home, End) stays with {@code vaadin-tabs}, which listens on
 * its host and does not read its role. Done on every attach, since a page rebuilt by Vaadin gets a new strip.
 */
public class AccessibleTabSheet extends TabSheet {
    private static final String MOVE_ROLE = """
            const host = this;
            return (async () => {
              await customElements.whenDefined('vaadin-tabs');
              const tabs = host.querySelector(':scope > vaadin-tabs');
              if (!tabs) return;
              if (tabs.updateComplete) await tabs.updateComplete;
              const strip = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
              if (!strip) return;
              strip.setAttribute('role', 'tablist');
              strip.setAttribute('aria-orientation', tabs.getAttribute('aria-orientation') || 'horizontal');
              tabs.setAttribute('role', 'none');
              tabs.removeAttribute('aria-orientation');
            })();
            """;

    public AccessibleTabSheet() {
        addAttachListener(e -> getElement().executeJs(MOVE_ROLE));
    }
}
