pragma Singleton
import QtQuick

/*!
 * Colours, sizes and fonts of the app, light and dark. `dark` follows the system palette until the
 * user picks a theme (`mode`: "system", "light" or "dark"). Colours with alpha are written
 * #AARRGGBB, as QML reads them.
 */
QtObject {
    id: theme

    /// "system", "light" or "dark". The window binds it to Preferences.themeMode (Theme does not
    /// import the module itself: the canvas style singleton imports Theme).
    property string mode: "system"
    readonly property bool systemDark: {
        const c = palette.window
        return (0.299 * c.r + 0.587 * c.g + 0.114 * c.b) < 0.5
    }
    readonly property bool dark: mode === "dark" || (mode === "system" && systemDark)

    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }

    // ---- Surfaces and text ----
    readonly property color window: dark ? "#16181d" : "#f4f5f7"
    readonly property color panel: dark ? "#1e2128" : "#ffffff"
    readonly property color panelAlt: dark ? "#252932" : "#f8f9fb"
    readonly property color border: dark ? "#343946" : "#dfe2e8"
    readonly property color borderStrong: dark ? "#4a5060" : "#c5cad3"
    readonly property color text: dark ? "#e6e8ec" : "#1d2330"
    readonly property color textMuted: dark ? "#9aa2b1" : "#5d6677"
    readonly property color textFaint: dark ? "#6d7586" : "#8a93a3"
    readonly property color accent: dark ? "#7c8cff" : "#4f5bd5"
    readonly property color accentText: "#ffffff"
    readonly property color hover: dark ? "#2b303b" : "#eef0f4"
    readonly property color focus: dark ? "#9aa6ff" : "#4f5bd5"
    readonly property color accentSoft: dark ? "#267c8cff" : "#144f5bd5"
    readonly property color pressed: dark ? "#333948" : "#e3e6ec"
    readonly property color field: dark ? "#171a20" : "#ffffff"
    readonly property color fieldBorder: dark ? "#3a404d" : "#d3d7df"
    readonly property color shadow: dark ? "#66000000" : "#26101828"
    readonly property color overlay: dark ? "#99000000" : "#66101828"
    readonly property color banner: dark ? "#3b2f12" : "#fff4d6"
    readonly property color bannerBorder: dark ? "#6b5320" : "#f0d48a"
    readonly property color bannerText: dark ? "#fcd98a" : "#6b4a00"

    // ---- Severities ----
    readonly property color error: dark ? "#f87171" : "#c62828"
    readonly property color warning: dark ? "#fbbf24" : "#b26a00"
    readonly property color info: dark ? "#60a5fa" : "#1d6fb8"
    readonly property color success: dark ? "#4ade80" : "#2e7d32"
    readonly property color errorSoft: dark ? "#22f87171" : "#12c62828"
    readonly property color warningSoft: dark ? "#22fbbf24" : "#12b26a00"
    readonly property color infoSoft: dark ? "#2260a5fa" : "#121d6fb8"
    readonly property color successSoft: dark ? "#224ade80" : "#142e7d32"

    /// Colour of severity \a id ("error", "warning", "info").
    function severityColor(id) {
        return id === "error" ? error : id === "warning" ? warning : info
    }
    /// Tinted background of severity \a id.
    function severitySoft(id) {
        return id === "error" ? errorSoft : id === "warning" ? warningSoft : infoSoft
    }
    /// The qrc URL of UI icon \a name (resources/icons/ui/NAME.svg).
    function icon(name) {
        return "qrc:/mlsd/icons/ui/" + name + ".svg"
    }

    // ---- Canvas ----
    readonly property color canvas: dark ? "#14161b" : "#fbfbfc"
    readonly property color grid: dark ? "#232732" : "#e9ebf0"
    readonly property color gridMajor: dark ? "#2c3140" : "#dde0e7"
    readonly property color node: dark ? "#232731" : "#ffffff"
    readonly property color nodeBorder: dark ? "#3a404e" : "#d3d7df"
    readonly property color selection: dark ? "#8b98ff" : "#4f5bd5"
    readonly property color selectionFill: dark ? "#338b98ff" : "#224f5bd5"
    readonly property color edge: dark ? "#8790a3" : "#6b7385"
    readonly property color edgeFeedback: dark ? "#c084fc" : "#8e44ad"
    readonly property color edgeRequest: dark ? "#60a5fa" : "#2f6fb0"
    readonly property color edgeModel: dark ? "#34d399" : "#1f8a5b"
    readonly property color zoneFill: dark ? "#08ffffff" : "#081d2330"
    readonly property color zoneBorder: dark ? "#3d4352" : "#cdd2db"

    /// Fill colour of a zone of kind \a kind (a light tint in both themes).
    function zoneTint(kind) {
        const tints = {
            "online": dark ? "#301e3a5f" : "#0d2f6fb0",
            "nearline": dark ? "#300f766e" : "#0d0f766e",
            "offline": dark ? "#305b21b6" : "#0b6d28d9",
            "data": dark ? "#3092400e" : "#0bb45309",
            "experimentation": dark ? "#3015803d" : "#0b15803d"
        }
        return tints[kind] !== undefined ? tints[kind] : zoneFill
    }

    // ---- Metrics ----
    readonly property int radius: 6
    readonly property int radiusSmall: 4
    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int toolbarHeight: 44
    readonly property int panelWidth: 340
    readonly property int paletteWidth: 264
    readonly property int iconSize: 18
    readonly property int controlHeight: 30
    readonly property int statusBarHeight: 26

    // ---- Fonts ----
    readonly property int fontSize: 13
    readonly property int fontSizeSmall: 11
    readonly property int fontSizeLarge: 16
    readonly property string monoFamily: "DejaVu Sans Mono"
}
