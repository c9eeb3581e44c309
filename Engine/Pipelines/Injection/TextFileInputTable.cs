namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Injection keys of Text file input (TextFileInput2), kept apart because the table is long. The file list
/// is stored as parallel lists inside the single &lt;file&gt; element, as Hop writes it.
/// </summary>
public static class TextFileInputTable
{
    public static InjectionTable Create() => new InjectionTable("TextFileInput2")
        .Values(
            "FILE_TYPE=file/type", "COMPRESSION_TYPE=file/compression", "SEPARATOR=separator",
            "ENCLOSURE=enclosure", "BREAK_IN_ENCLOSURE=enclosure_breaks?", "ESCAPE_CHAR=escapechar",
            "NULL_IF_NOT_ENCLOSED=null_if_not_enclosed?", "HEADER_PRESENT=header?",
            "PREPEND_FILENAME=prependFileName?", "NR_HEADER_LINES=nr_headerlines", "HAS_FOOTER=footer?",
            "NR_FOOTER_LINES=nr_footerlines", "HAS_WRAPPED_LINES=line_wrapped?", "NR_WRAPS=nr_wraps",
            "HAS_PAGED_LAYOUT=layout_paged?", "NR_LINES_PER_PAGE=nr_lines_per_page",
            "NR_DOC_HEADER_LINES=nr_lines_doc_header", "NO_EMPTY_LINES=noempty?", "INCLUDE_FILENAME=include?",
            "FILENAME_FIELD=include_field", "INCLUDE_ROW_NUMBER=rownum?", "ROW_NUMBER_FIELD=rownum_field",
            "ROW_NUMBER_BY_FILE=rownumByFile?", "FILE_FORMAT=format", "ENCODING=encoding", "ROW_LIMIT=limit",
            "DATE_FORMAT_LENIENT=date_format_lenient?", "DATE_FORMAT_LOCALE=date_format_locale", "LENGTH=length")
        .Values(
            "ERROR_COUNT_FIELD=error_count_field", "ERROR_FIELDS_FIELD=error_fields_field",
            "ERROR_TEXT_FIELD=error_text_field", "ERROR_LINES_SKIPPED=error_line_skipped?",
            "SCHEMA_DEFINITION=schema_definition", "IGNORE_FIELDS=ignore_fields?",
            "IGNORE_ERRORS=error_ignored?", "FILE_ERROR_FIELD=file_error_field",
            "FILE_ERROR_MESSAGE_FIELD=file_error_message_field", "SKIP_BAD_FILES=skip_bad_files?",
            "WARNING_FILES_TARGET_DIR=bad_line_files_destination_directory",
            "WARNING_FILES_EXTENTION=bad_line_files_extension",
            "ERROR_FILES_TARGET_DIR=error_line_files_destination_directory",
            "ERROR_FILES_EXTENTION=error_line_files_extension",
            "LINE_NR_FILES_TARGET_DIR=line_number_files_destination_directory",
            "LINE_NR_FILES_EXTENTION=line_number_files_extension")
        .Values(
            "FILE_SHORT_FILE_FIELDNAME=shortFileFieldName", "FILE_EXTENSION_FIELDNAME=extensionFieldName",
            "FILE_PATH_FIELDNAME=pathFieldName", "FILE_SIZE_FIELDNAME=sizeFieldName",
            "FILE_HIDDEN_FIELDNAME=hiddenFieldName", "FILE_LAST_MODIFICATION_FIELDNAME=lastModificationTimeFieldName",
            "FILE_URI_FIELDNAME=uriNameFieldName", "FILE_ROOT_URI_FIELDNAME=rootUriNameFieldName",
            "ACCEPT_FILE_NAMES=accept_filenames?", "ACCEPT_FILE_TRANSFORM=accept_transform_name",
            "PASS_THROUGH_FIELDS=passing_through_fields?", "ACCEPT_FILE_FIELD=accept_field",
            "ADD_FILES_TO_RESULT=add_to_result_filenames?")
        .Group("file", null, "FILENAME=name")
        .Group("file", null, "FILEMASK=filemask")
        .Group("file", null, "EXCLUDE_FILEMASK=exclude_filemask")
        .Group("file", null, "FILE_REQUIRED=file_required?")
        .Group("file", null, "INCLUDE_SUBFOLDERS=include_subfolders?")
        .Group(
            "fields", "field", "FIELD_NAME=name", "FIELD_POSITION=position", "FIELD_LENGTH=length",
            "FIELD_TYPE=type", "FIELD_IGNORE=ignore?", "FIELD_FORMAT=format", "FIELD_TRIM_TYPE=trim_type",
            "FIELD_PRECISION=precision", "FIELD_CURRENCY=currency", "FIELD_DECIMAL=decimal", "FIELD_GROUP=group",
            "FIELD_REPEAT=repeat?", "FIELD_NULL_STRING=nullif", "FIELD_IF_NULL=ifnull")
        .Group(
            "filters", "filter", "FILTER_POSITION=filter_position", "FILTER_STRING=filter_string",
            "FILTER_LAST_LINE=filter_is_last_line?", "FILTER_POSITIVE=filter_is_positive?");
}
