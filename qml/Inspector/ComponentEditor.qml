pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * Edits one component: label, type, zone, the annotations its type and the active template
 * suggest (each with its title and help), and Markdown notes with a rendered preview. Every edit
 * is an undo step; typing in one field is one step until the field loses focus.
 */
ScrollView {
    id: root

    required property Session session
    required property string componentId

    readonly property alias inspector: inspector
    readonly property alias labelField: labelField

    clip: true
    contentWidth: availableWidth
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ComponentInspector {
        id: inspector
        session: root.session
        componentId: root.componentId
    }

    PaletteModel {
        id: types
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        // ---- Header: the type ----
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.padding
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: 10
            ComponentTile {
                color: inspector.color
                icon: inspector.icon
                size: 36
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: inspector.typeName
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("id %1").arg(root.componentId)
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSizeSmall
                    font.family: Theme.monoFamily
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: inspector.typeDescription
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            lineHeight: 1.15
        }

        // ---- Identity ----
        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.topMargin: Theme.spacing
            columns: 2
            columnSpacing: 10
            rowSpacing: Theme.spacing

            FormLabel { text: qsTr("Label"); buddy: labelField }
            TextInputField {
                id: labelField
                objectName: "labelField"
                Layout.fillWidth: true
                label: qsTr("Label")
                placeholderText: inspector.typeName
                text: inspector.label
                onTextEdited: inspector.setLabel(text)
                onEditingFinished: inspector.sealMerge()
            }

            FormLabel { text: qsTr("Type"); buddy: typeBox }
            ThemedComboBox {
                id: typeBox
                Layout.fillWidth: true
                label: qsTr("Component type")
                model: types
                textRole: "name"
                valueRole: "typeId"
                currentIndex: types.rowOf(inspector.type)
                onActivated: inspector.setType(currentValue)
            }

            FormLabel { text: qsTr("Zone"); buddy: zoneBox }
            ThemedComboBox {
                id: zoneBox
                Layout.fillWidth: true
                label: qsTr("Zone")
                model: inspector.zoneOptions
                textRole: "label"
                valueRole: "id"
                currentIndex: {
                    const options = inspector.zoneOptions
                    for (let i = 0; i < options.length; ++i) {
                        if (options[i].id === inspector.zone)
                            return i
                    }
                    return 0
                }
                enabled: inspector.zoneOptions.length > 1
                onActivated: inspector.setZone(currentValue)
            }
        }

        Separator {}

        // ---- Annotations ----
        SectionHeader {
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding - 4
            text: qsTr("Annotations")
            IconButton {
                size: 24
                iconName: "plus"
                text: qsTr("Add an annotation")
                visible: inspector.otherAnnotations.length > 0
                onClicked: addMenu.popup()
                Menu {
                    id: addMenu
                    Repeater {
                        model: inspector.otherAnnotations
                        delegate: MenuItem {
                            required property var modelData
                            text: modelData.title
                            onTriggered: inspector.addAnnotation(modelData.key)
                        }
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: inspector.annotations && inspector.annotations.count === 0
            text: qsTr("This type suggests no annotations. Add one with +.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
        Repeater {
            model: inspector.annotations
            delegate: AnnotationField {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                onEdited: (key, value) => inspector.setAnnotation(key, value)
                onFinished: inspector.sealMerge()
            }
        }

        Separator { Layout.topMargin: Theme.spacing }

        // ---- Notes ----
        NotesEditor {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.bottomMargin: Theme.padding
            text: inspector.notes
            onEdited: (text) => inspector.setNotes(text)
            onFinished: inspector.sealMerge()
        }
    }
}
