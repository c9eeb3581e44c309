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

    /// <summary>The name of the field that receives the file name, or null when none is added.</summary>
    protected virtual string? FileNameField => Settings.Flag("include") ? NullIfEmpty(Settings.Tag("include_field")) : null;

    /// <summary>The name of the field that receives the row number, or null when none is added.</summary>
    protected virtual string? RowNumberField => Settings.Flag("rownum") ? NullIfEmpty(Settings.Tag("rownum_field")) : null;

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

    protected static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
