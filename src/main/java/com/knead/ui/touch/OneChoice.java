package com.knead.ui.touch;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JToggleButton;

/**
 * A big toggle button that is one of a set of which only one may be chosen: it looks like the
 * kiosk's other toggles, and tells assistive technology it is a radio button, so a screen reader
 * says "1 of 3" and "selected" rather than "toggle button, pressed".
 */
public final class OneChoice extends JToggleButton {

    public OneChoice(String text) {
        super(text);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJToggleButton() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.RADIO_BUTTON;
                }
            };
        }
        return accessibleContext;
    }
}
