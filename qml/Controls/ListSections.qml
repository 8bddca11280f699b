import QtQuick
import MlsdBoard

/*!
 * The section header component for a ListView's `section.delegate` (a ListSectionHeader as wide
 * as the view). Take it from here in a file with `pragma ComponentBehavior: Bound`: on Qt 6.4 a
 * ListView cannot create a section delegate declared in a bound file ("Component is not ready",
 * no headers), while this file is deliberately not bound.
 */
QtObject {
    readonly property Component header: Component {
        ListSectionHeader {
            width: ListView.view ? ListView.view.width : 0
        }
    }
}
