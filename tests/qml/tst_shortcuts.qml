import QtQuick
import QtTest
import MlsdBoard

// Help › Keyboard shortcuts lists a key for every command, on whatever platform this runs
// (StandardKey bindings differ by desktop: SaveAs has none outside GNOME, KDE and macOS).
Item {
    width: 600
    height: 700

    ShortcutsDialog {
        id: dialog
    }

    TestCase {
        name: "Shortcuts"

        function test_everyListedCommandHasAKey() {
            verify(dialog.groups.length > 0)
            for (const group of dialog.groups) {
                for (const item of group.items)
                    verify(ShortcutText.of(item[1]).length > 0, group.title + " › " + item[0] + " has no key")
            }
        }
    }
}
