# Warnings and Qt hygiene flags shared by every target of the project.
function(mlsd_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                                             -Wnon-virtual-dtor -Woverloaded-virtual)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_TO_ASCII
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        MLSD_VERSION="${PROJECT_VERSION}")
endfunction()
