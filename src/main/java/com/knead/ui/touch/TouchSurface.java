package com.knead.ui.touch;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/** A custom-drawn touch component that screen readers can still name (a plain JComponent has no accessible context). */
abstract class TouchSurface extends JComponent {

    private final AccessibleRole role;

    TouchSurface(AccessibleRole role) {
        this.role = role;
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return role;
                }
            };
        }
        return accessibleContext;
    }
}
