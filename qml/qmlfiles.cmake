# The QML screens of the module MlsdBoard, one component per file, by feature folder
# (qml/<Feature>/PascalCase.qml). Included by app/ui/CMakeLists.txt, which builds the module.
set(MLSD_QML_FILES
    Brief/BriefPanel.qml Brief/BriefSection.qml
    Canvas/Canvas.qml Canvas/CanvasStyleSingleton.qml Canvas/CardContent.qml Canvas/CardLabel.qml
    Canvas/ComponentDelegate.qml Canvas/EdgeLabel.qml Canvas/EmptyState.qml Canvas/FindBar.qml
    Canvas/HandleSet.qml Canvas/LabelEditor.qml Canvas/Minimap.qml Canvas/PointerArea.qml
    Canvas/RaisedCard.qml Canvas/Toast.qml Canvas/ZoneDelegate.qml Canvas/ZoneHandles.qml
    CheckPanel/CheckPanel.qml CheckPanel/CountChip.qml CheckPanel/CoverageBar.qml
    CheckPanel/EmptyFindings.qml CheckPanel/FindingDelegate.qml CheckPanel/SuppressDialog.qml
    Controls/ComponentTile.qml Controls/FieldFrame.qml Controls/FormLabel.qml
    Controls/IconButton.qml Controls/ListSectionHeader.qml Controls/ListSections.qml
    Controls/SectionHeader.qml Controls/SegmentButton.qml Controls/Separator.qml
    Controls/SeverityIcon.qml Controls/Tag.qml Controls/TextAreaField.qml
    Controls/TextInputField.qml Controls/ThemedButton.qml Controls/ThemedComboBox.qml
    Dialogs/AboutDialog.qml Dialogs/AppDialog.qml Dialogs/ExportDialog.qml
    Dialogs/ExportFormatOption.qml Dialogs/ExportNotice.qml Dialogs/ExportPreview.qml
    Dialogs/MessageBox.qml Dialogs/NewDesignDialog.qml Dialogs/RecoveryDialog.qml
    Dialogs/ShortcutsDialog.qml Dialogs/UnsavedChangesDialog.qml
    Inspector/AnnotationField.qml Inspector/ComponentEditor.qml Inspector/ConnectionEditor.qml
    Inspector/DesignOverview.qml Inspector/InspectorPanel.qml Inspector/MarkdownView.qml
    Inspector/NotesEditor.qml Inspector/ZoneEditor.qml
    Main/AppActions.qml Main/AppMenu.qml Main/AppMenuItem.qml Main/FileController.qml Main/Main.qml
    Main/MainMenuBar.qml Main/MainToolBar.qml Main/ReadOnlyBanner.qml Main/RightPanel.qml
    Main/StatusBar.qml
    Palette/DragGhost.qml Palette/Palette.qml Palette/PaletteItem.qml
    Practice/HiddenCheckNotice.qml Practice/PhaseStepper.qml Practice/PhaseTimeRow.qml
    Practice/PracticeActions.qml Practice/PracticeBar.qml Practice/PracticeDialog.qml
    Practice/PracticeSummary.qml
    Review/CommentComposer.qml Review/CommentDelegate.qml Review/ReviewActions.qml
    Review/ReviewMarker.qml Review/ReviewMarkers.qml Review/ReviewPanel.qml Review/RubricRow.qml
    Theme/Theme.qml
)
# QML singletons.
set(MLSD_QML_SINGLETONS Theme/Theme.qml Canvas/CanvasStyleSingleton.qml)
