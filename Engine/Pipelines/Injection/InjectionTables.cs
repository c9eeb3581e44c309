namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Injection keys of the transform types that metadata injection can fill, with the XML tags of the
/// settings they set. Grouped keys fill one list item per source row. A tag ending in '?' is a Y/N flag.
/// </summary>
public static class InjectionTables
{
    private static readonly string[] FieldLayout =
        ["name", "type", "format", "length", "precision", "currency", "decimal", "group", "set_empty_string?"];

    private static readonly Dictionary<string, InjectionTable> Tables = new InjectionTable[]
    {
        new InjectionTable("Abort").Values("row_threshold", "message", "always_log_rows?", "abort_option"),
        new InjectionTable("Sequence").Values(
            "valuename", "use_database?", "connection", "schema", "seqname", "use_counter?", "counter_name",
            "start_at", "increment_by", "max_value"),
        new InjectionTable("RowGenerator")
            .Values("never_ending?", "interval_in_ms", "row_time_field", "last_time_field", "limit")
            .Group("fields", "field", [.. FieldLayout, "nullif"]),
        new InjectionTable("Constant").Group("fields", "field", [.. FieldLayout, "nullif"]),
        new InjectionTable("DataGrid")
            .Group("fields", "field", FieldLayout)
            .Group("data", "line", DataGridLines.LinesKey, DataGridLines.SplitterKey),
        new InjectionTable("JsonOutput")
            .Values(
                "operation_type", "outputValue", "jsonBloc", "nrRowsInBloc", "fileName", "extension", "encoding",
                "fileAppended?", "fileAsCommand?", "createParentFolder?", "dateInFilename?", "timeInFilename?",
                "partNrInFilename?", "transformNrInFilename?", "addToResult?", "doNotOpenNewFileInit?",
                "specifyingFormat?")
            .Group("fields", "field", "name", "element"),
        new InjectionTable("SwitchCase")
            .Values(
                "FIELD_NAME=fieldname", "VALUE_TYPE=case_value_type", "VALUE_FORMAT=case_value_format",
                "VALUE_DECIMAL=case_value_decimal", "VALUE_GROUP=case_value_group",
                "DEFAULT_TARGET_TRANSFORM_NAME=default_target_transform", "CONTAINS=use_contains?")
            .Group(
                "cases", "case", "SWITCH_CASE_TARGET.CASE_VALUE=value",
                "SWITCH_CASE_TARGET.CASE_TARGET_TRANSFORM_NAME=target_transform"),
        new InjectionTable("CSVInput")
            .Values(
                "FILENAME=filename", "FILENAME_FIELD=filename_field", "ROW_NUMBER_FIELDNAME=rownum_field",
                "INCLUDE_FILENAME=include_filename?", "DELIMITER=separator", "ENCLOSURE=enclosure",
                "HEADER_PRESENT=header?", "BUFFERSIZE=buffer_size", "LAZY_CONVERSION=lazy_conversion?",
                "ADD_FILENAME_RESULT=add_filename_result?", "PARALLEL=parallel?", "ENCODING=encoding")
            .Group(
                "fields", "field", "INPUT_NAME=name", "FIELD_TYPE=type", "INPUT_FORMAT=format",
                "INPUT_LENGTH=length", "INPUT_PRECISION=precision", "INPUT_CURRENCY=currency",
                "INPUT_DECIMAL=decimal", "INPUT_GROUP=group", "FIELD_TRIM_TYPE=trim_type"),
        new InjectionTable("MergeJoin")
            .Values("JOIN_TYPE=join_type", "LEFT_TRANSFORM=transform1", "RIGHT_TRANSFORM=transform2")
            .Group("keys_1", null, "KEY_FIELD1=key")
            .Group("keys_2", null, "KEY_FIELD2=key"),
        new InjectionTable("Coalesce")
            .Values("EMPTY_STRING_AS_NULLS=empty_is_null?")
            .Group("fields", "field", "NAME=name", "TYPE=type", "REMOVE_INPUT_FIELDS=remove?", "INPUT_FIELDS=input"),
        new InjectionTable("StringCut").Group(
            "fields", "field", "FIELD_IN_STREAM=in_stream_name", "FIELD_OUT_STREAM=out_stream_name",
            "CUT_FROM=cut_from", "CUT_TO=cut_to"),
        new InjectionTable("ReplaceString").Group(
            "fields", "field", "FIELD_IN_STREAM=in_stream_name", "FIELD_OUT_STREAM=out_stream_name",
            "USE_REGEX=use_regex?", "REPLACE_STRING=replace_string", "REPLACE_BY=replace_by_string",
            "EMPTY_STRING=set_empty_string?", "REPLACE_WITH_FIELD=replace_field_by_string",
            "REPLACE_WHOLE_WORD=whole_word?", "CASE_SENSITIVE=case_sensitive?", "IS_UNICODE=is_unicode?"),
        new InjectionTable("GetVariable").Group(
            "fields", "field", "FIELDNAME=name", "VARIABLE=variable", "FIELDTYPE=type", "FIELDFORMAT=format",
            "FIELDLENGTH=length", "FIELDPRECISION=precision", "CURRENCY=currency", "DECIMAL=decimal",
            "GROUP=group", "TRIMTYPE=trim_type"),
        new InjectionTable("FieldSplitter")
            .Values(
                "FIELD_TO_SPLIT=splitfield", "DELIMITER=delimiter", "ENCLOSURE=enclosure",
                "ESCAPE_STRING=escape_string", "KEEP_SPLIT_FIELD=keep_split_field?")
            .Group(
                "fields", "field", "NAME=name", "ID=id", "REMOVE_ID=idrem?", "DATA_TYPE=type", "FORMAT=format",
                "GROUPING=group", "DECIMAL=decimal", "CURRENCY=currency", "LENGTH=length", "PRECISION=precision",
                "NULL_IF=nullif", "DEFAULT=ifnull", "TRIM_TYPE=trimtype"),
        new InjectionTable("MemoryGroupBy")
            .Values("ALWAYSGIVINGBACKONEROW=give_back_row?")
            .Group("group", "field", "GROUPFIELD=name")
            .Group(
                "fields", "field", "AGGREGATEFIELD=aggregate", "SUBJECTFIELD=subject", "AGGREGATETYPE=type",
                "VALUEFIELD=valuefield"),
        new InjectionTable("CheckSum")
            .Values(
                "RESULT_FIELD=resultfieldName", "TYPE=checksumtype", "RESULT_TYPE=resultType",
                "SEPARATOR=separator", "PREFIX=prefix", "SUFFIX=suffix")
            .Group("fields", "field", "FIELD_NAME=name"),
        new InjectionTable("SelectValues")
            .Values("SELECT_UNSPECIFIED=fields/select_unspecified?")
            .Group(
                "fields", "field", "FIELD_NAME=name", "FIELD_RENAME=rename", "FIELD_LENGTH=length",
                "FIELD_PRECISION=precision")
            .Group("fields", "remove?", "REMOVE_NAME=name")
            .Group(
                "fields", "meta", "META_NAME=name", "META_RENAME=rename", "META_TYPE=type", "META_LENGTH=length",
                "META_PRECISION=precision", "META_STORAGE_TYPE=storage_type",
                "META_CONVERSION_MASK=conversion_mask", "META_DATE_FORMAT_LENIENT=date_format_lenient?",
                "META_DATE_FORMAT_LOCALE=date_format_locale", "META_DATE_FORMAT_TIMEZONE=date_format_timezone",
                "META_LENIENT_STRING_TO_NUMBER=lenient_string_to_number?", "META_DECIMAL=decimal_symbol",
                "META_GROUPING=grouping_symbol", "META_CURRENCY=currency_symbol", "META_ENCODING=encoding",
                "META_ROUNDING_TYPE=roundingType"),
        new InjectionTable("FilterRows").Values(
            "SEND_TRUE_TRANSFORM=send_true_to", "SEND_FALSE_TRANSFORM=send_false_to",
            $"CONDITION={ConditionSetting.Tag}"),
        new InjectionTable("Calculator").Group(
            ".", "calculation", "field_name", "calc_type", "field_a", "field_b", "field_c", "value_type",
            "value_length",
            "value_precision", "conversion_mask", "decimal_symbol", "grouping_symbol", "currency_symbol", "remove?"),
        new InjectionTable("SystemInfo").Group("fields", "field", "FIELD_NAME=name", "FIELD_TYPE=type"),
        new InjectionTable("JoinRows").Values(
            "TEMP_DIR=directory", "TEMP_FILE_PREFIX=prefix", "MAX_CACHE_SIZE=cache_size",
            "MAIN_TRANSFORM=main", $"CONDITION={ConditionSetting.Tag}"),
        new InjectionTable("LoadFileInput")
            .Values(
                "INCLUDE=include?", "INCLUDE_FIELD=include_field", "ROWNUM=rownum?", "ROWNUM_FIELD=rownum_field",
                "LIMIT=limit", "ENCODING=encoding", "DYNAMIC_FILENAME_FIELD=DynamicFilenameField",
                "IS_IN_FIELDS=IsInFields?", "ADD_RESULT_FILE=addresultfile?", "IGNORE_EMPTY_FILE=IsIgnoreEmptyFile?",
                "IGNORE_MISSING_PATH=IsIgnoreMissingPath?", "FILE_SHORT_FILE_FIELDNAME=shortFileFieldName",
                "FILE_EXTENSION_FIELDNAME=extensionFieldName", "FILE_PATH_FIELDNAME=pathFieldName",
                "FILE_HIDDEN_FIELDNAME=hiddenFieldName",
                "FILE_LAST_MODIFICATION_FIELDNAME=lastModificationTimeFieldName",
                "FILE_URI_FIELDNAME=uriNameFieldName", "FILE_ROOT_URI_FIELDNAME=rootUriNameFieldName")
            .Group(
                "files", "file", "FILENAME=name", "FILEMASK=filemask", "EXCLUDE_FILEMASK=exclude_filemask",
                "FILE_REQUIRED=file_required?", "INCLUDE_SUBFOLDERS=include_subfolders?")
            .Group(
                "fields", "field", "FIELD_NAME=name", "FIELD_ELEMENT_TYPE=element_type", "FIELD_TYPE=type",
                "FIELD_FORMAT=format", "FIELD_LENGTH=length", "FIELD_PRECISION=precision",
                "FIELD_CURRENCY=currency", "FIELD_DECIMAL=decimal", "FIELD_GROUP=group",
                "FIELD_TRIM_TYPE=trim_type", "FIELD_REPEAT=repeat?"),
        new InjectionTable("TextFileInput2")
            .Values(
                "FILE_TYPE=file_type", "COMPRESSION_TYPE=compression", "SEPARATOR=separator", "ENCLOSURE=enclosure",
                "BREAK_IN_ENCLOSURE=enclosure_breaks?", "ESCAPE_CHAR=escapechar",
                "NULL_IF_NOT_ENCLOSED=null_if_not_enclosed?", "HEADER_PRESENT=header?",
                "PREPEND_FILENAME=prependFileName?", "NR_HEADER_LINES=nr_headerlines", "HAS_FOOTER=footer?",
                "NR_FOOTER_LINES=nr_footerlines", "HAS_WRAPPED_LINES=line_wrapped?", "NR_WRAPS=nr_wraps",
                "HAS_PAGED_LAYOUT=layout_paged?", "NR_LINES_PER_PAGE=nr_lines_per_page",
                "NR_DOC_HEADER_LINES=nr_lines_doc_header", "NO_EMPTY_LINES=noempty?", "INCLUDE_FILENAME=include?",
                "FILENAME_FIELD=include_field", "INCLUDE_ROW_NUMBER=rownum?", "ROW_NUMBER_FIELD=rownum_field",
                "ROW_NUMBER_BY_FILE=rownumByFile?", "FILE_FORMAT=format", "ENCODING=encoding", "ROW_LIMIT=limit",
                "DATE_FORMAT_LENIENT=date_format_lenient?", "DATE_FORMAT_LOCALE=date_format_locale",
                "LENGTH=length", "ACCEPT_FILE_NAMES=accept_filenames?", "ACCEPT_FILE_TRANSFORM=accept_transform_name",
                "PASS_THROUGH_FIELDS=passing_through_fields?", "ACCEPT_FILE_FIELD=accept_field",
                "ADD_FILES_TO_RESULT=add_to_result_filenames?", "IGNORE_ERRORS=error_ignored?",
                "FILE_ERROR_FIELD=file_error_field", "FILE_ERROR_MESSAGE_FIELD=file_error_message_field",
                "SKIP_BAD_FILES=skip_bad_files?", "ERROR_COUNT_FIELD=error_count_field",
                "ERROR_FIELDS_FIELD=error_fields_field", "ERROR_TEXT_FIELD=error_text_field",
                "ERROR_LINES_SKIPPED=error_line_skipped?",
                "FILE_SHORT_FILE_FIELDNAME=shortFileFieldName", "FILE_EXTENSION_FIELDNAME=extensionFieldName",
                "FILE_PATH_FIELDNAME=pathFieldName", "FILE_SIZE_FIELDNAME=sizeFieldName",
                "FILE_HIDDEN_FIELDNAME=hiddenFieldName",
                "FILE_LAST_MODIFICATION_FIELDNAME=lastModificationTimeFieldName",
                "FILE_URI_FIELDNAME=uriNameFieldName", "FILE_ROOT_URI_FIELDNAME=rootUriNameFieldName")
            .Group(
                ".", "file", "FILENAME=name", "FILEMASK=filemask", "EXCLUDE_FILEMASK=exclude_filemask",
                "FILE_REQUIRED=file_required?", "INCLUDE_SUBFOLDERS=include_subfolders?")
            .Group(
                "fields", "field", "FIELD_NAME=name", "FIELD_POSITION=position", "FIELD_LENGTH=length",
                "FIELD_TYPE=type", "FIELD_IGNORE=ignore?", "FIELD_FORMAT=format", "FIELD_TRIM_TYPE=trim_type",
                "FIELD_PRECISION=precision", "FIELD_CURRENCY=currency", "FIELD_DECIMAL=decimal",
                "FIELD_GROUP=group", "FIELD_REPEAT=repeat?", "FIELD_NULL_STRING=nullif", "FIELD_IF_NULL=ifnull"),
    }.ToDictionary(t => t.Type, StringComparer.Ordinal);

    public static InjectionTable? For(string type) => Tables.GetValueOrDefault(type);
}
