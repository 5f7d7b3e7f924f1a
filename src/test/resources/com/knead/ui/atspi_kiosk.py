#!/usr/bin/python3
"""Reads Knead's kiosk through AT-SPI, the way Orca does, and checks in through it.

Run inside dbus-run-session with DISPLAY set:
    atspi_kiosk.py EXPECTED_AREAS_FILE -- java ... com.knead.app.Main run --data DIR

Starts the Java command itself (so both share this D-Bus session and its accessibility bus), waits
for the kiosk window, then on each screen lists the showing objects and notes every control without
a name; on the body map it also notes every expected area (one name a line in the file) that is not
there. It moves from screen to screen with AT-SPI actions and text only: no pointer, no keys.
Prints one line per screen and per problem; exits 0 when nothing was wrong, 1 otherwise, 2 when it
could not get as far as the last screen.
"""
import os
import subprocess
import sys
import time

from gi.repository import Gio, GLib

# Roles a person operates: each needs a name for a screen reader to say what it does.
CONTROLS = {"push button", "toggle button", "radio button", "check box", "text", "password text",
            "entry", "combo box", "list item", "spin button", "slider", "menu item", "page tab",
            "link", "canvas", "list"}
WAIT = 20.0


def accessibility_bus():
    """The accessibility bus of this D-Bus session, told to both sides.

    libatspi reads an AT_SPI_BUS property on the X root window before it asks the session bus; on a
    shared Xvfb that property may name the bus of an earlier, finished session.
    """
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                              GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 10000, None)
    return reply.unpack()[0]


problems = []


def problem(text):
    problems.append(text)
    print("PROBLEM " + text, flush=True)


def children(node):
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:  # the tree changes under us while a screen is replaced
            child = None
        if child is not None:
            yield child


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def enabled(node):
    return node.getState().contains(pyatspi.STATE_ENABLED)


def walk(node, path=""):
    """Every showing object under node, with the path of roles and names that leads to it."""
    for child in children(node):
        if showing(child):
            here = path + " > " + child.getRoleName() + (" '" + child.name + "'" if child.name else "")
            yield child, here
            yield from walk(child, here)


def kiosk_frame():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        for frame in children(app):
            if frame.getRoleName() == "frame" and frame.name == "Knead \u2014 Check in":
                return frame
    return None


def wait_for(what, find, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.2)
    return None


def controls(frame):
    return [(node, path) for node, path in walk(frame) if node.getRoleName() in CONTROLS]


def check_screen(frame, screen):
    listed = controls(frame)
    print("SCREEN %s: %d controls" % (screen, len(listed)), flush=True)
    for node, path in listed:
        print("  %s '%s'" % (node.getRoleName(), node.name), flush=True)
        if not node.name.strip():
            problem("%s: unnamed %s at%s" % (screen, node.getRoleName(), path))


def press(frame, screen, name, roles=("push button", "toggle button", "radio button")):
    """Does the first action of the showing control with this name, as a screen reader's user would."""
    node = wait_for(name, lambda: next((n for n, _ in walk(frame) if n.getRoleName() in roles
                                        and n.name == name and enabled(n)), None))
    if node is None:
        raise Stuck("%s: no showing, enabled %s named '%s'" % (screen, "/".join(roles), name))
    if not node.queryAction().doAction(0):
        raise Stuck("%s: the action of '%s' was refused" % (screen, name))


def write(frame, screen, name, index, value):
    """Types into the text named so; without a name (a problem already noted) the index-th text field."""
    texts = [n for n, _ in walk(frame) if n.getRoleName() in ("text", "password text", "entry")
             and n.getState().contains(pyatspi.STATE_EDITABLE)]
    node = next((n for n in texts if n.name == name), None)
    if node is None and index < len(texts):
        node = texts[index]
    if node is None:
        raise Stuck("%s: no text field '%s'" % (screen, name))
    node.queryEditableText().setTextContents(value)


class Stuck(Exception):
    pass


def signature(frame):
    return tuple((n.getRoleName(), n.name) for n, _ in walk(frame))


def next_screen(frame, screen, act):
    """Does act, then waits until what is showing has changed and holds still; then checks the screen."""
    before = signature(frame)
    act()
    deadline = time.monotonic() + WAIT
    last = before
    while time.monotonic() < deadline:
        time.sleep(0.3)
        try:
            now = signature(frame)
        except Exception:
            continue
        if now != before and now == last:
            check_screen(frame, screen)
            return
        last = now
    raise Stuck("the %s screen did not come" % screen)


def first(frame, test):
    return next((n for n, _ in walk(frame) if test(n)), None)


def button(frame, screen, *names):
    """The showing, enabled button with one of these names (today's name first, then an older one)."""
    roles = ("push button", "toggle button", "radio button")
    node = wait_for(names[0], lambda: first(frame, lambda n: n.getRoleName() in roles and n.name in names
                                             and enabled(n)), 10)
    if node is None:
        raise Stuck("%s: no showing, enabled button named %s" % (screen, " or ".join(repr(n) for n in names)))
    return node


def do(node):
    return lambda: node.queryAction().doAction(0)


def check_body_map(frame, expected):
    areas = [n for n, _ in walk(frame) if n.getRoleName() == "list item"]
    names = {n.name for n in areas}
    print("BODY MAP: %d areas" % len(areas), flush=True)
    for name in expected:
        if name not in names:
            problem("body map: no area '%s'" % name)
    return areas


def check_in(frame, expected):
    welcome = wait_for("welcome", lambda: first(frame, lambda n: n.getRoleName() == "push button"
                                                 and n.name == "New here" and enabled(n)), 60)
    if welcome is None:
        raise Stuck("welcome: no enabled 'New here' button")
    check_screen(frame, "welcome")
    next_screen(frame, "contact", do(welcome))

    for index, (name, value) in zip((0, 1, 3, 4, 5), [("Your name", "Ada Lovelace"),
                                                       ("Phone number", "5551234567"), ("Day of birth", "10"),
                                                       ("Month of birth", "12"), ("Year of birth", "1975")]):
        write(frame, "contact", name, index, value)
    next_screen(frame, "body map", do(button(frame, "contact", "Next")))

    areas = check_body_map(frame, expected)
    lower_back = next((a for a in areas if a.name == "Lower back, back of the body"), None)
    if lower_back is not None:
        lower_back.queryAction().doAction(0)
        button(frame, "body map", "Pain 6 of 10", "6").queryAction().doAction(0)
        if not wait_for("pain", lambda: lower_back.description == "Pain 6 of 10", 5):
            problem("body map: lower back does not say its pain (%r)" % lower_back.description)
    next_screen(frame, "pain", do(button(frame, "body map", "Next")))
    next_screen(frame, "health", do(button(frame, "pain", "Next")))
    next_screen(frame, "preferences", do(button(frame, "health", "Next")))
    next_screen(frame, "consent", do(button(frame, "preferences", "Next")))

    write(frame, "consent", "Cannot sign with a finger? Type your full name instead", 0, "Ada Lovelace")
    agree = wait_for("agree", lambda: first(frame, lambda n: n.getRoleName() == "push button"
                                             and "agree" in n.name.lower() and enabled(n)), 10)
    if agree is None:
        raise Stuck("consent: no enabled 'I agree' button after typing the name")
    next_screen(frame, "service", do(agree))

    swedish = first(frame, lambda n: "Swedish" in n.name and "60" in n.name
                    and n.getRoleName() in ("push button", "toggle button", "radio button"))
    if swedish is None:
        raise Stuck("service: no Swedish 60 minutes")
    next_screen(frame, "review", do(swedish))
    done = first(frame, lambda n: n.getRoleName() == "push button" and "check" in n.name.lower() and enabled(n))
    if done is None:
        raise Stuck("review: no check-in button")
    next_screen(frame, "checked in", do(done))
    if first(frame, lambda n: "checked in" in n.name.lower()) is None:
        raise Stuck("checked in: nothing showing says so")


def main():
    expected_file, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    with open(expected_file, encoding="utf-8") as lines:
        expected = [line.strip() for line in lines if line.strip()]
    os.environ["AT_SPI_BUS_ADDRESS"] = accessibility_bus()
    global pyatspi
    import pyatspi  # after AT_SPI_BUS_ADDRESS, which libatspi reads when it first connects
    knead = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    status = 2
    try:
        frame = wait_for("kiosk", kiosk_frame, 60)
        if frame is None:
            print("STUCK the kiosk window never appeared on the accessibility bus", flush=True)
        else:
            try:
                check_in(frame, expected)
                status = 1 if problems else 0
            except Stuck as stuck:
                print("STUCK " + str(stuck), flush=True)
                print("What was showing:", flush=True)
                for node, path in walk(frame):
                    print("  " + path, flush=True)
    finally:
        knead.terminate()
        try:
            knead.wait(15)
        except subprocess.TimeoutExpired:
            knead.kill()
    print("RESULT %d problem(s), %s" % (len(problems), "reached the end" if status != 2 else "stopped early"),
          flush=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
