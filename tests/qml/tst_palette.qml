import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The palette: search filters by name, id, description and keywords; double-click and Enter ask
 *  to add the type at the centre of the view. */
Item {
    id: root
    width: 320
    height: 900

    Palette {
        id: palette
        anchors.fill: parent
    }

    SignalSpy {
        id: addSpy
        target: palette
        signalName: "addRequested"
    }

    TestCase {
        name: "Palette"
        when: windowShown

        function init() {
            palette.searchField.text = ""
            addSpy.clear()
        }

        function typeIdsShown() {
            const ids = []
            for (let i = 0; i < palette.model.count; ++i)
                ids.push(palette.model.typeAt(i))
            return ids
        }

        function test_showsEveryTypeByCategory() {
            compare(palette.model.count, 27)
            // Sources first: the data category leads the list.
            compare(palette.model.typeAt(0), "data_source")
        }

        // `first`: the best matches, in order; they come before matches in descriptions.
        function test_typingFilters_data() {
            return [
                { tag: "name", text: "rank", first: ["ranking", "re_ranking"] },
                { tag: "id with underscore", text: "vector_index", first: ["vector_index"] },
                { tag: "keyword", text: "xgboost", first: ["ranking"] },
                { tag: "two words", text: "feature store", first: ["feature_store"] },
                { tag: "case", text: "LLM", first: ["llm_generator"] },
                { tag: "keyword before description", text: "dedup", first: ["filtering"] },
                { tag: "nothing", text: "zzzz", first: [] },
            ]
        }
        function test_typingFilters(data) {
            mouseClick(palette.searchField)
            verify(palette.searchField.activeFocus)
            for (let i = 0; i < data.text.length; ++i)
                keyClick(data.text[i])
            compare(palette.searchField.text, data.text)
            const shown = typeIdsShown()
            compare(shown.slice(0, data.first.length), data.first)
            if (data.first.length === 0)
                compare(palette.model.count, 0)
            else
                verify(shown.length < 27, "the filter kept everything")
        }

        function test_clearingTheSearchShowsEverything() {
            palette.searchField.text = "ranking"
            verify(palette.model.count < 27)
            mouseClick(palette.searchField)
            keyClick(Qt.Key_Escape)
            compare(palette.searchField.text, "")
            compare(palette.model.count, 27)
        }

        function test_doubleClickAsksToAdd() {
            palette.searchField.text = "filtering"
            waitForItemPolished(palette.list)
            const item = palette.list.itemAtIndex(0)
            verify(item)
            mouseDoubleClickSequence(item, item.width / 2, item.height / 2)
            compare(addSpy.count, 1)
            compare(addSpy.signalArguments[0][0], "filtering")
        }

        function test_enterInTheSearchAddsTheFirstMatch() {
            mouseClick(palette.searchField)
            for (const c of "monitor")
                keyClick(c)
            keyClick(Qt.Key_Return)
            compare(addSpy.count, 1)
            compare(addSpy.signalArguments[0][0], "monitoring")
        }

        function test_keyboardWalksTheListAndAdds() {
            mouseClick(palette.searchField)
            keyClick(Qt.Key_Down)
            verify(palette.list.activeFocus)
            compare(palette.list.currentIndex, 0)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(addSpy.count, 1)
            compare(addSpy.signalArguments[0][0], palette.model.typeAt(1))
        }

        function test_browsingShowsCategoriesSearchingShowsBestMatches() {
            compare(palette.list.section.property, "categoryName")
            palette.searchField.text = "rank"
            compare(palette.list.section.property, "")
        }
    }
}
