import QtQuick
import QtTest
import MlsdBoard

/*! The app's combo box lists its choices whatever the model: an item model with named roles (the
 *  template picker), a JS array of objects, or a string list; its popup shows whole names. */
Item {
    id: root
    width: 400
    height: 300

    ListModel {
        id: roleModel
        ListElement { name: "Recommendation (homepage)"; templateId: "recommendation" }
        ListElement { name: "Policy enforcement (harmful content, fraud)"; templateId: "policy-enforcement" }
    }

    Component {
        id: comboComponent
        ThemedComboBox {
            width: 120
        }
    }

    TestCase {
        name: "ComboBox"
        when: windowShown

        function choicesShown(combo) {
            combo.popup.open()
            tryVerify(() => combo.popup.opened)
            const list = combo.popup.contentItem
            tryVerify(() => list.count === combo.count)
            const texts = []
            for (let i = 0; i < list.count; ++i) {
                tryVerify(() => list.itemAtIndex(i) !== null, 2000, "delegate " + i)
                const item = list.itemAtIndex(i)
                texts.push(item.contentItem.text)
            }
            combo.popup.close()
            return texts
        }

        function test_choices_data() {
            return [
                { tag: "item model with roles", model: roleModel, textRole: "name",
                  texts: ["Recommendation (homepage)", "Policy enforcement (harmful content, fraud)"] },
                { tag: "array of objects", model: [{ label: "Light" }, { label: "Dark" }], textRole: "label",
                  texts: ["Light", "Dark"] },
                { tag: "string list", model: ["1×", "2×"], textRole: "", texts: ["1×", "2×"] },
            ]
        }

        function test_choices(data) {
            failOnWarning(/Cannot create delegate|was not initialized/)
            const combo = createTemporaryObject(comboComponent, root,
                                                { model: data.model, textRole: data.textRole })
            verify(combo)
            compare(choicesShown(combo), data.texts)
        }

        function test_popupIsAsWideAsTheLongestChoice() {
            const combo = createTemporaryObject(comboComponent, root, { model: roleModel, textRole: "name" })
            combo.popup.open()
            tryVerify(() => combo.popup.opened)
            tryVerify(() => combo.popup.contentItem.itemAtIndex(1) !== null)
            const longest = combo.popup.contentItem.itemAtIndex(1).contentItem
            verify(combo.popup.width > combo.width)
            verify(longest.implicitWidth <= longest.width + 1, "the longest name is not cut short")
            combo.popup.close()
        }
    }
}
