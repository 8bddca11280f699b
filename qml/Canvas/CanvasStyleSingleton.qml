pragma Singleton
import QtQuick
import MlsdBoard

/*!
 * Canvas colours that Theme does not have, or has as translucent values: QML reads eight-digit
 * colours as #AARRGGBB, so these are written that way.
 */
QtObject {
    readonly property bool dark: Theme.dark

    /// Zone kind → fill: a light tint of the kind's hue in both themes.
    readonly property var zoneFills: dark ? {
        "online": "#2e3b82f6",
        "nearline": "#2a14b8a6",
        "offline": "#2e8b5cf6",
        "data": "#2af59e0b",
        "experimentation": "#2a22c55e"
    } : {
        "online": "#142f6fb0",
        "nearline": "#140f766e",
        "offline": "#126d28d9",
        "data": "#14b45309",
        "experimentation": "#1215803d"
    }
    /// Zone kind → border.
    readonly property var zoneBorders: dark ? {
        "online": "#5e3b82f6",
        "nearline": "#5814b8a6",
        "offline": "#5e8b5cf6",
        "data": "#58f59e0b",
        "experimentation": "#5822c55e"
    } : {
        "online": "#552f6fb0",
        "nearline": "#550f766e",
        "offline": "#506d28d9",
        "data": "#55b45309",
        "experimentation": "#5015803d"
    }
    readonly property color zoneFill: dark ? "#0cffffff" : "#0a1d2330"

    function zoneTint(kind) { return zoneFills[kind] !== undefined ? zoneFills[kind] : zoneFill }
    function zoneBorder(kind) { return zoneBorders[kind] !== undefined ? zoneBorders[kind] : Theme.zoneBorder }

    readonly property color selectionFill: dark ? "#268b98ff" : "#1a4f5bd5"
    readonly property color guide: dark ? "#f472b6" : "#db2777"
    readonly property color shadow: dark ? "#40000000" : "#121d2330"
    readonly property color shadowRaised: dark ? "#60000000" : "#241d2330"
}
