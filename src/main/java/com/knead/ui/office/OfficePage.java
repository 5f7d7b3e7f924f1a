package com.knead.ui.office;

import javax.swing.JComponent;

/** One tab of the unlocked office (Day, Staff, Prices, Settings, Audit). */
interface OfficePage {

    /** The tab's title. */
    String title();

    /** Called on the screen's thread each time the office is unlocked: load what the page shows. */
    void opened();

    /** Called when the office locks: forget anything typed or shown. */
    void locked();

    default JComponent component() {
        return (JComponent) this;
    }
}
