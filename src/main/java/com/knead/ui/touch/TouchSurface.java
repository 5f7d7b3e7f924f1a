package com.knead.ui.touch;

import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * A custom-drawn touch component that assistive technology can see. It implements
 * {@link Accessible}: a JComponent that does not is left out of its parent's accessible children,
 * so a screen reader would never find it.
 */
abstract class TouchSurface extends JComponent implements Accessible {

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
