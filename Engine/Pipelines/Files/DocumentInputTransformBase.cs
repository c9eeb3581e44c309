using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// File handling shared by the transforms that parse one document per file or field (JSON input, JSON
/// normalize input, Get data from XML): the file list of the settings, reading a source file with the
/// <c>addresultfile</c> and <c>IsIgnoreEmptyFile</c> options, and the output layout of the document rows.
/// </summary>
public abstract class DocumentInputTransformBase : TransformBase
{
    private RowMeta? cachedMeta;
    private (RowMeta? Input, int Removed) cachedKey;

    protected XElement Settings => Meta.Element;

    /// <summary>Whether the documents come from a field of the input rows (<c>IsInFields</c>) instead of the file list.</summary>
    protected bool InFields { get; private set; }

    /// <summary>Whether the source field contains file names (<c>IsAFile</c>) instead of the document text.</summary>
    protected bool SourceIsFile { get; private set; }

    /// <summary>The maximum number of rows to write (<c>limit</c>). A value of 0 or less writes every row.</summary>
    protected long Limit { get; private set; }

    /// <summary>The name of the field that receives the file name, or null when none is added.</summary>
    protected virtual string? FileNameField => Settings.Flag("include") ? NullIfEmpty(Settings.Tag("include_field")) : null;

    /// <summary>The name of the field that receives the row number, or null when none is added.</summary>
    protected virtual string? RowNumberField => Settings.Flag("rownum") ? NullIfEmpty(Settings.Tag("rownum_field")) : null;

    /// <summary>Reads the document source settings. A subclass that overrides Init calls it first.</summary>
    public override void Init()
    {
        InFields = Settings.Flag("IsInFields");
        SourceIsFile = Settings.Flag("IsAFile");
        Limit = Settings.Long("limit");
    }

    /// <summary>Expands the file list of the settings, and fails when it names no file unless <paramref name="allowNone"/>.</summary>
    protected List<string> ExpandSourceFiles(bool allowNone)
    {
        var paths = ExpandInputFiles(FileSpec.ReadAll(Settings));
        if (paths.Count == 0 && !allowNone)
        {
            throw Failure("no input file was found.");
        }

        return paths;
    }

    /// <summary>
    /// Reads the text of a source file and adds the file to the result files when <c>addresultfile</c> is set.
    /// Returns null for a file to skip: a missing file when <paramref name="skipMissing"/> is true, or an empty
    /// file when <c>IsIgnoreEmptyFile</c> is set. Another empty file fails when <paramref name="failWhenEmpty"/>
    /// is true and is returned as empty text otherwise.
    /// </summary>
    protected async Task<string?> ReadSourceFileAsync(
        string? path, bool skipMissing, bool failWhenEmpty, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            if (skipMissing)
            {
                Log.Basic(Name, $"The file '{path}' does not exist; it is skipped.");
                return null;
            }

            throw Failure($"the file '{path}' does not exist.");
        }

        if (Settings.Flag("addresultfile"))
        {
            Pipeline.AddResultFile(path, Name);
        }

        var content = await File.ReadAllTextAsync(path, cancellationToken);
        if (content.Length > 0)
        {
            return content;
        }

        if (Settings.Flag("IsIgnoreEmptyFile"))
        {
            Log.Basic(Name, $"The file '{path}' is empty; it is skipped.");
            return null;
        }

        if (failWhenEmpty)
        {
            throw Failure($"the file '{path}' is empty.");
        }

        return content;
    }

    /// <summary>
    /// Builds the output layout: the input fields without the one at <paramref name="removedIndex"/>, the
    /// document's value fields, then the file name, row number and additional file fields that are set. The
    /// layout is reused while the input layout and the removed index stay the same.
    /// </summary>
    protected RowMeta BuildDocumentOutputMeta(
        RowMeta? inputMeta, int removedIndex, IEnumerable<ValueMeta> valueFields, AdditionalFileFields? fileFields)
    {
        if (cachedMeta is not null && ReferenceEquals(cachedKey.Input, inputMeta) && cachedKey.Removed == removedIndex)
        {
            return cachedMeta;
        }

        var metas = new List<ValueMeta>();
        if (inputMeta is not null)
        {
            metas.AddRange(inputMeta.Fields.Where((_, i) => i != removedIndex));
        }

        metas.AddRange(valueFields);
        if (FileNameField is { } fileNameField)
        {
            metas.Add(new ValueMeta(fileNameField, HopValueType.String));
        }

        if (RowNumberField is { } rowNumberField)
        {
            metas.Add(new ValueMeta(rowNumberField, HopValueType.Integer));
        }

        if (fileFields is not null)
        {
            metas.AddRange(fileFields.Metas);
        }

        cachedKey = (inputMeta, removedIndex);
        cachedMeta = new RowMeta(metas);
        return cachedMeta;
    }

    /// <summary>Returns the index of the first value field in a row of <paramref name="outputMeta"/>, after the input fields.</summary>
    protected int FirstValueField(RowMeta outputMeta, int valueFieldCount, AdditionalFileFields? fileFields) =>
        outputMeta.Count - valueFieldCount - (FileNameField is null ? 0 : 1) - (RowNumberField is null ? 0 : 1)
        - (fileFields?.Count ?? 0);

    /// <summary>
    /// Fills the fields after the value fields, from <paramref name="index"/> on: the file name and row number
    /// fields that are set, then the additional file fields when the document came from a file.
    /// </summary>
    protected void FillFileFields(
        object?[] row, int index, string? fileName, long rowNumber, AdditionalFileFields? fileFields)
    {
        if (FileNameField is not null)
        {
            row[index++] = fileName;
        }

        if (RowNumberField is not null)
        {
            row[index++] = rowNumber;
        }

        if (fileName is not null && fileFields is not null)
        {
            fileFields.Fill(row, index, fileName);
        }
    }

    protected static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
