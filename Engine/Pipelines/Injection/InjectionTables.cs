namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Injection keys of the transform types that metadata injection can fill, with the XML tags of the
/// settings they set. Grouped keys fill one list item per source row. A tag ending in '?' is a Y/N flag.
/// </summary>
public static class InjectionTables
{
    private static readonly string[] FieldLayout =
        ["name", "type", "format", "length", "precision", "currency", "decimal", "group", "set_empty_string?"];

    private static readonly string[] JsonSourceKeys =
    [
        "FILE_NAME_OUTPUT=include?", "FILE_NAME_FIELDNAME=include_field", "ROW_NUMBER_OUTPUT=rownum?",
        "ROW_NUMBER_FIELDNAME=rownum_field", "ROW_LIMIT=limit", "SOURCE_FIELD_NAME=valueField",
        "SOURCE_IN_FIELD=IsInFields?", "SOURCE_FIELD_IS_FILENAME=IsAFile?", "ADD_RESULT_FILE=addresultfile?",
        "IGNORE_EMPTY_FILE=IsIgnoreEmptyFile?", "DO_NOT_FAIL_IF_NO_FILE=doNotFailIfNoFile?",
        "READ_SOURCE_AS_URL=readurl?", "REMOVE_SOURCE_FIELDS=removeSourceField?",
        "FILE_SHORT_FILE_FIELDNAME=shortFileFieldName", "FILE_EXTENSION_FIELDNAME=extensionFieldName",
        "FILE_PATH_FIELDNAME=pathFieldName", "FILE_SIZE_FIELDNAME=sizeFieldName",
        "FILE_HIDDEN_FIELDNAME=hiddenFieldName", "FILE_LAST_MODIFICATION_FIELDNAME=lastModificationTimeFieldName",
        "FILE_URI_FIELDNAME=uriNameFieldName", "FILE_ROOT_URI_FIELDNAME=rootUriNameFieldName",
    ];

    private static readonly string[] InputFileKeys =
    [
        "FILENAME=name", "FILEMASK=filemask", "EXCLUDE_FILEMASK=exclude_filemask", "FILE_REQUIRED=file_required?",
        "INCLUDE_SUBFOLDERS=include_subfolders?",
    ];

    private static readonly string[] JsonFieldKeys =
    [
        "FIELD_NAME=name", "FIELD_PATH=path", "FIELD_TYPE=type", "FIELD_FORMAT=format", "FIELD_LENGTH=length",
        "FIELD_PRECISION=precision", "FIELD_CURRENCY=currency", "FIELD_DECIMAL=decimal", "FIELD_GROUP=group",
        "FIELD_TRIM_TYPE=trim_type", "FIELD_REPEAT=repeat?",
    ];

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
        new InjectionTable("AnalyticQuery")
            .Group("group", "field", "GROUP_FIELDS=name")
            .Group(
                "fields", "field", "OUTPUT.AGGREGATE_FIELD=aggregate", "OUTPUT.SUBJECT_FIELD=subject",
                "OUTPUT.AGGREGATE_TYPE=type", "OUTPUT.VALUE_FIELD=valuefield"),
        new InjectionTable("MergeRows")
            .Values(
                "FLAG_FIELD=flag_field", "REFERENCE_TRANSFORM=reference", "COMPARE_TRANSFORM=compare",
                "DIFF_FIELD=diff-field", "ALIGN_INPUT_LAYOUTS=align_input_layouts?")
            .Group("keys", null, "KEY_FIELDS=key")
            .Group("values", null, "VALUE_FIELDS=value")
            .Group(
                "passthrough-fields", "passthrough-field", "sourceField",
                "renameTo", "referenceField?"),
        new InjectionTable("SortedMerge").Group("fields", "field", "FIELD_NAME=name", "ASCENDING=ascending?"),
        new InjectionTable("EnhancedJsonOutput")
            .Values(
                "OPERATION=operation_type", "ENCODING=encoding", "OUTPUT_VALUE=outputValue", "JSON_BLOC_NAME=jsonBloc",
                "PRITTIFY=json_prittified?", "ADD_TO_RESULT=addToResult?",
                "FORCE_JSON_ARRAYS=use_arrays_with_single_instance?", "FORCE_SINGLE_ITEM=use_single_item_per_group?",
                "JSON_SIZE_FIELD=json_size_field", "INC_DATE_IN_FILENAME=file/add_date?",
                "INC_TIME_IN_FILENAME=file/add_time?", "EXTENSION=file/extension", "FILENAME=file/name",
                "SPLIT_OUTPUT_AFTER=file/split_output_after", "CREATE_PARENT_FOLDER=file/create_parent_folder?",
                "APPEND=file/append?", "DONT_CREATE_AT_START=file/doNotOpenNewFileInit?")
            .Group(
                "fields", "field", "JSON_FIELDNAME=name", "JSON_ELEMENTNAME=element",
                "JSON_ISJSONFRAGMENT=json_fragment?", "JSON_NOENCLOSURE=is_without_enclosing?",
                "JSON_REMOVEIFBLANK=remove_if_blank?")
            .Group("key_fields", "key_field", "JSON_KEY_FIELDNAME=key_field_name", "JSON_KEY_ELEMENTNAME=key_field_element"),
        new InjectionTable("JsonInput")
            .Values(JsonSourceKeys)
            .Values("IGNORE_MISSING_PATH=ignoreMissingPath?", "DEFAULT_PATH_LEAF_TO_NULL=defaultPathLeafToNull?")
            .Group("files", "file", InputFileKeys)
            .Group("fields", "field", JsonFieldKeys),
        new InjectionTable("JsonNormalizeInput")
            .Values(JsonSourceKeys)
            .Values(
                "RECORD_PATH=recordPath", "FIELD_SEPARATOR=fieldSeparator", "MAX_FLATTEN_DEPTH=maxFlattenDepth",
                "ARRAY_HANDLING=arrayHandling", "BEYOND_DEPTH_BEHAVIOR=beyondDepthBehavior",
                "IGNORE_MISSING_FIELD=ignoreMissingField?")
            .Group("files", "file", InputFileKeys)
            .Group("fields", "field", JsonFieldKeys),
        new InjectionTable("ExcelInput")
            .Values(
                "filefield", "sheetfield", "header?", "schema_definition", "ignore_fields?", "stoponempty?",
                "noempty?", "rownumfield", "sheetrownumfield", "limit", "strict_types?", "error_ignored?",
                "error_line_skipped?", "bad_line_files_destination_directory", "bad_line_files_extension",
                "error_line_files_destination_directory", "error_line_files_extension",
                "line_number_files_destination_directory", "line_number_files_extension", "accept_filenames?",
                "accept_field", "accept_transform_name", "encoding", "add_to_result_filenames?",
                "shortFileFieldName", "pathFieldName", "hiddenFieldName", "lastModificationTimeFieldName",
                "uriNameFieldName", "rootUriNameFieldName", "extensionFieldName", "sizeFieldName",
                "SPREADSHEET_TYPE=spreadsheet_type", "PASSWORD=password")
            .Group(
                ".", "file", "FILENAME=name", "FILEMASK=filemask", "EXCLUDE_FILEMASK=exclude_filemask",
                "FILE_REQUIRED=file_required", "INCLUDE_SUBFOLDERS=include_subfolders")
            .Group(
                "sheets", "sheet", "SHEET_NAME=name", "SHEET_START_ROW=startrow", "SHEET_START_COL=startcol",
                "SHEET_IS_REGEX=is_regex?")
            .Group(
                "fields", "field", "NAME=name", "TYPE=type", "LENGTH=length", "PRECISION=precision",
                "TRIM_TYPE=trim_type", "FORMAT=format", "CURRENCY=currency", "DECIMAL=decimal", "GROUP=group",
                "REPEAT=repeat?"),
        new InjectionTable("TypeExitExcelWriterTransform")
            .Values(
                "makeSheetActive?", "forceFormulaRecalculation?", "leaveExistingStylesUnchanged?", "appendOffset",
                "appendEmpty", "schemaDefinition", "ignore_fields?", "appendOmitHeader?", "rowWritingMethod",
                "startingCell", "header?", "footer?", "add_to_result_filenames?", "appendLines?",
                "name=file/name", "extension=file/extension", "filename_in_field=file/filename_in_field?",
                "filename_field=file/filename_field", "password=file/password", "protected_by=file/protected_by",
                "protect_sheet=file/protect_sheet?", "add_time=file/add_time?", "sheetname=file/sheetname",
                "do_not_open_newfile_init=file/do_not_open_newfile_init?", "SpecifyFormat=file/SpecifyFormat?",
                "date_time_format=file/date_time_format", "autosizecolums=file/autosizecolums?",
                "stream_data=file/stream_data?", "splitevery=file/splitevery", "split=file/split?",
                "if_file_exists=file/if_file_exists", "if_sheet_exists=file/if_sheet_exists",
                "add_date=file/add_date?", "createParentFolder=file/createParentFolder?",
                "enabled=template/enabled?", "sheet_enabled=template/sheet_enabled?", "hidden=template/hidden?",
                "filename=template/filename")
            .Group(
                "fields", "field", "NAME=name", "TYPE=type", "FORMAT=format", "FIELDTITLE=title",
                "FORMULA=formula?", "HYPERLINKFIELD=hyperlinkField", "CELLCOMMENT=commentField",
                "COMMENTAUTHOR=commentAuthorField", "TITLESTYLE=titleStyleCell", "STYLECELL=styleCell"),
        new InjectionTable("UniqueRowsByHashSet")
            .Values(
                "STORE_VALUES=store_values?", "REJECT_DUPLICATE_ROW=reject_duplicate_row?",
                "ERROR_DESCRIPTION=error_description")
            .Group("fields", "field", "COMPARE_FIELD_NAME=name"),
        new InjectionTable("StreamLookup")
            .Values(
                "SOURCE_TRANSFORM=from", "INPUT_SORTED=input_sorted?", "PRESERVE_MEMORY=preserve_memory?",
                "SORTED_LIST=sorted_list?", "INTEGER_PAIR=integer_pair?")
            .Group("lookup", "key", "KEY_STREAM=name", "KEY_LOOKUP=field")
            .Group(
                "lookup", "value", "RETRIEVE_VALUE=name", "RETRIEVE_VALUE_NAME=rename",
                "RETRIEVE_VALUE_DEFAULT=default", "RETRIEVE_DEFAULT_TYPE=type"),
        new InjectionTable("ScriptValueMod")
            .Values("OPTIMIZATION_LEVEL=optimizationLevel", "LANGUAGE_VERSION=languageVersion")
            .Group("jsScripts", "jsScript", "SCRIPT_TYPE=jsScript_type", "SCRIPT_NAME=jsScript_name", "SCRIPT=jsScript_script")
            .Group(
                "fields", "field", "FIELD_NAME=name", "FIELD_RENAME_TO=rename", "FIELD_TYPE=type",
                "FIELD_LENGTH=length", "FIELD_PRECISION=precision", "FIELD_REPLACE=replace?"),
        new InjectionTable("AddXML")
            .Values(
                "ENCODING=encoding", "VALUE_NAME=valueName", "ROOT_NODE=xml_repeat_element",
                "OMIT_XML_HEADER=file/omitXMLheader?", "OMIT_NULL_VALUES=file/omitNullValues?")
            .Group(
                "fields", "field", "OUTPUT_FIELD_NAME=name", "OUTPUT_ELEMENT_NAME=element", "OUTPUT_TYPE=type",
                "OUTPUT_FORMAT=format", "OUTPUT_LENGTH=length", "OUTPUT_PRECISION=precision",
                "OUTPUT_CURRENCY_SYMBOL=currency", "OUTPUT_DECIMAL_SYMBOL=decimal", "OUTPUT_GROUPING_SYMBOL=group",
                "OUTPUT_ATTRIBUTE=attribute?", "OUTPUT_ATTRIBUTE_PARENT_NAME=attributeParentName",
                "OUTPUT_NULL_STRING=nullif"),
        new InjectionTable("XMLOutput")
            .Values(
                "FILENAME=file/name", "EXTENSION=file/extension", "SPLIT_EVERY=file/splitevery",
                "INC_TRANSFORMNR_IN_FILENAME=file/split?", "INC_DATE_IN_FILENAME=file/add_date?",
                "INC_TIME_IN_FILENAME=file/add_time?", "ZIPPED=file/zipped?",
                "ADD_TO_RESULT=file/add_to_result_filenames?",
                "DO_NOT_CREATE_FILE_AT_STARTUP=file/do_not_open_newfile_init?",
                "OMIT_NULL_VALUES=file/omit_null_values?", "SPEFICY_FORMAT=file/SpecifyFormat?",
                "DATE_FORMAT=file/date_time_format", "ENCODING=encoding", "NAMESPACE=name_space",
                "MAIN_ELEMENT=xml_main_element", "REPEAT_ELEMENT=xml_repeat_element")
            .Group(
                "fields", "field", "OUTPUT_FIELDNAME=name", "OUTPUT_ELEMENTNAME=element", "OUTPUT_TYPE=type",
                "OUTPUT_FORMAT=format", "OUTPUT_LENGTH=length", "OUTPUT_PRECISION=precision",
                "OUTPUT_CURRENCY=currency", "OUTPUT_DECIMAL=decimal", "OUTPUT_GROUP=group", "OUTPUT_NULL=nullif",
                "OUTPUT_CONTENT_TYPE=content_type"),
        new InjectionTable("getXMLData")
            .Values(
                "include?", "include_field", "rownum?", "rownum_field", "limit", "loopxpath", "encoding",
                "XmlField", "IsInFields?", "IsAFile?", "addresultfile?", "namespaceaware?", "validating?",
                "usetoken?", "IsIgnoreEmptyFile?", "doNotFailIfNoFile?", "ignorecomments?", "readurl?",
                "prunePath", "shortFileFieldName", "pathFieldName", "hiddenFieldName",
                "lastModificationTimeFieldName", "uriNameFieldName", "rootUriNameFieldName",
                "extensionFieldName", "sizeFieldName")
            .Group(".", "file", "filename=name", "filemask", "exclude_filemask", "file_required", "include_subfolders")
            .Group(
                "fields", "field", "name", "xPath", "type", "length", "format", "trim_type", "element_type",
                "result_type", "precision", "currency", "decimal", "group", "repeat?"),
        new InjectionTable("MetaInject")
            .Values(
                "FILE_NAME=filename", "SOURCE_TRANSFORM_NAME=source_transform", "TARGET_FILE=target_file",
                "NO_EXECUTION=no_execution?", "ALLOW_EMPTY_STREAM_ON_EXECUTION=allow_empty_stream_on_execution?",
                "STREAMING_SOURCE_TRANSFORM=stream_source_transform",
                "STREAMING_TARGET_TRANSFORM=stream_target_transform", "RUN_CONFIGURATION=run_configuration",
                "CREATE_PARENT_FOLDER=create_parent_folder?")
            .Group(
                "source_output_fields", "source_output_field", "SOURCE_OUTPUT_NAME=source_output_field_name",
                "SOURCE_OUTPUT_TYPE=source_output_field_type", "SOURCE_OUTPUT_LENGTH=source_output_field_length",
                "SOURCE_OUTPUT_PRECISION=source_output_field_precision")
            .Group(
                "mappings", "mapping", "MAPPING_SOURCE_TRANSFORM=source_transform",
                "MAPPING_SOURCE_FIELD=source_field", "MAPPING_TARGET_TRANSFORM=target_transform_name",
                "MAPPING_TARGET_FIELD=target_attribute_key", "MAPPING_TARGET_DETAIL=target_detail?"),
        new InjectionTable("SimpleMapping")
            .Values(
                "filename", "runConfiguration",
                "INPUT_SOURCE_TRANSFORM=mappings/input/mapping/input_transform",
                "INPUT_TARGET_TRANSFORM=mappings/input/mapping/output_transform",
                "INPUT_DESCRIPTION=mappings/input/mapping/description",
                "INPUT_MAIN_PATH=mappings/input/mapping/main_path?",
                "INPUT_RENAME_ON_OUTPUT=mappings/input/mapping/rename_on_output?",
                "OUTPUT_SOURCE_TRANSFORM=mappings/output/mapping/input_transform",
                "OUTPUT_TARGET_TRANSFORM=mappings/output/mapping/output_transform",
                "OUTPUT_DESCRIPTION=mappings/output/mapping/description",
                "OUTPUT_MAIN_PATH=mappings/output/mapping/main_path?",
                "OUTPUT_RENAME_ON_OUTPUT=mappings/output/mapping/rename_on_output?",
                "PARAMETERS_INHERIT_ALL_VARIABLES=mappings/parameters/inherit_all_vars?")
            .Group("mappings/input/mapping", "connector", "INPUT_SOURCE_FIELD=parent", "INPUT_TARGET_FIELD=child")
            .Group("mappings/output/mapping", "connector", "OUTPUT_SOURCE_FIELD=parent", "OUTPUT_TARGET_FIELD=child")
            .Group("mappings/parameters", "variablemapping", "PARAMETERS_VARIABLE=variable", "PARAMETERS_VALUE=input"),
        new InjectionTable("TextFileOutput")
            .Values(
                "FILENAME=file/name", "DO_NOT_CREATE_FILE_AT_STARTUP=file/do_not_open_new_file_init?",
                "EXTENSION=file/extension", "APPEND=file/append?", "INC_TRANSFORMNR_IN_FILENAME=file/split?",
                "INC_PARTNR_IN_FILENAME=file/haspartno?", "INC_DATE_IN_FILENAME=file/add_date?",
                "INC_TIME_IN_FILENAME=file/add_time?", "SPECIFY_DATE_FORMAT=file/SpecifyFormat?",
                "DATE_FORMAT=file/date_time_format", "ADD_TO_RESULT=file/add_to_result_filenames?",
                "RIGHT_PAD_FIELDS=file/pad?", "FAST_DATA_DUMP=file/fast_dump?", "SPLIT_EVERY=file/splitevery",
                "PASS_TO_SERVLET=file/servlet_output?", "COMPRESSION=compression",
                "CREATE_PARENT_FOLDER=create_parent_folder?", "SEPARATOR=separator", "ENCLOSURE=enclosure",
                "FORCE_ENCLOSURE=enclosure_forced?", "DISABLE_ENCLOSURE_FIX=enclosure_fix_disabled?",
                "HEADER=header?", "FOOTER=footer?", "FORMAT=format", "ENCODING=encoding",
                "ADD_ENDING_LINE=endedLine", "FILENAME_IN_FIELD=fileNameInField?",
                "FILENAME_FIELD=fileNameField", "SCHEMA_DEFINITION=schema_definition",
                "IGNORE_FIELDS=ignore_fields?")
            .Group(
                "fields", "field", "OUTPUT_FIELDNAME=name", "OUTPUT_TYPE=type", "OUTPUT_FORMAT=format",
                "OUTPUT_LENGTH=length", "OUTPUT_PRECISION=precision", "OUTPUT_CURRENCY=currency",
                "OUTPUT_DECIMAL=decimal", "OUTPUT_GROUP=group", "OUTPUT_NULL=nullif", "OUTPUT_TRIM=trim_type",
                "OUTPUT_ROUNDING=roundingType"),
        TextFileInputTable.Create(),
        new InjectionTable("Denormaliser")
            .Values("key_field")
            .Group("group", "field", "name")
            .Group(
                "fields", "field", "NAME=field_name", "KEY_VALUE=key_value", "TARGET_NAME=target_name",
                "TARGET_TYPE=target_type", "TARGET_LENGTH=target_length", "TARGET_PRECISION=target_precision",
                "TARGET_CURRENCY=target_currency_symbol", "TARGET_DECIMAL=target_decimal_symbol",
                "TARGET_GROUP=target_grouping_symbol", "target_null_string", "TARGET_FORMAT=target_format",
                "TARGET_AGGREGATION=target_aggregation_type"),
        new InjectionTable("SetValueConstant")
            .Values("USE_VARIABLE=usevar?")
            .Group(
                "fields", "field", "FIELD_NAME=name", "REPLACE_VALUE=value", "REPLACE_MASK=mask",
                "EMPTY_STRING=set_empty_string?"),
        new InjectionTable("RepeatFields")
            .Group("group_fields", null, "GROUP_FIELD=group_field")
            .Group(
                "repeats", "field", "type", "source_field", "target_field", "indicator_field_name",
                "indicator_value"),
        new InjectionTable("Flattener").Values("field_name").Group("fields", "field", "name"),
        new InjectionTable("Normaliser")
            .Values("TYPEFIELD=typefield")
            .Group("fields", "field", "NAME=name", "VALUE=value", "NORMALISED=norm"),
        new InjectionTable("SplitFieldToRows3").Values(
            "FIELD_TO_SPLIT=splitfield", "DELIMITER=delimiter", "NEW_FIELD_NAME=newfield", "INCLUDE_ROWNUM=rownum?",
            "ROWNUM_FIELD_NAME=rownum_field", "RESET_ROWNUM=resetrownumber?", "DELIMITER_IS_REGEX=delimiter_is_regex?"),
        new InjectionTable("SetValueField").Group("fields", "field", "FIELD_NAME=name", "REPLACE_BY_FIELD_VALUE=replaceby"),
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
        new InjectionTable("XMLJoin").Values(
            "COMPLEX_JOIN=complexJoin?", "TARGET_XML_TRANSFORM=targetXmlTransform", "TARGET_XML_FIELD=targetXmlField",
            "SOURCE_XML_FIELD=sourceXmlField", "VALUE_XML_FIELD=valueXmlField", "TARGET_XPATH=targetXPath",
            "SOURCE_XML_TRANSFORM=sourceXmlTransform", "JOIN_COMPARE_FIELD=joinCompareField", "ENCODING=encoding",
            "OMIT_XML_HEADER=omitXmlHeader?", "OMIT_NULL_VALUES=omitNullValues?"),
    }.ToDictionary(t => t.Type, StringComparer.Ordinal);

    public static InjectionTable? For(string type) => Tables.GetValueOrDefault(type);
}
