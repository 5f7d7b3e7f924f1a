package com.knead.ui.desk;

import java.util.Optional;

/**
 * Opens the cash drawer, as the desk's dialogs ask for it: {@link com.knead.usecase.DrawerKick#open}
 * under the name those dialogs know. Runs on a worker; empty when it went (or nothing is set up),
 * else a plain sentence saying what went wrong.
 */
@FunctionalInterface
interface DrawerOpener {

    Optional<String> open();
}
