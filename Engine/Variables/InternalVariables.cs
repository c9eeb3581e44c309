namespace Orleans.AsyncHop.Engine.Variables;

/// <summary>Names of the variables that Apache Hop's engine sets itself.</summary>
public static class InternalVariables
{
    public const string ProjectHome = "PROJECT_HOME";
    public const string ProjectName = "HOP_PROJECT_NAME";
    public const string EnvironmentName = "HOP_ENVIRONMENT_NAME";
    public const string MetadataFolder = "HOP_METADATA_FOLDER";
    public const string UnitTestsFolder = "HOP_UNIT_TESTS_FOLDER";
    public const string DataSetsFolder = "HOP_DATASETS_FOLDER";
    public const string HopVersion = "HOP_VERSION";
    public const string ServerObjectId = "SERVER_OBJECT_ID";
    public const string EntryCurrentFolder = "Internal.Entry.Current.Folder";
    public const string EntryCurrentDirectory = "Internal.Entry.Current.Directory";
    public const string WorkflowFilenameFolder = "Internal.Workflow.Filename.Folder";
    public const string WorkflowFilenameDirectory = "Internal.Workflow.Filename.Directory";
    public const string WorkflowFilenameName = "Internal.Workflow.Filename.Name";
    public const string WorkflowName = "Internal.Workflow.Name";
    public const string WorkflowId = "Internal.Workflow.ID";
    public const string WorkflowParentId = "Internal.Workflow.ParentID";
    public const string PipelineFilenameDirectory = "Internal.Pipeline.Filename.Directory";
    public const string PipelineFilenameName = "Internal.Pipeline.Filename.Name";
    public const string PipelineName = "Internal.Pipeline.Name";
    public const string PipelineId = "Internal.Pipeline.ID";
    public const string PipelineParentId = "Internal.Pipeline.ParentID";
    public const string TransformName = "Internal.Transform.Name";
    public const string TransformCopyNr = "Internal.Transform.CopyNr";
    public const string TransformId = "Internal.Transform.ID";
    public const string ActionId = "Internal.Action.ID";
    public const string JavaTmpDir = "java.io.tmpdir";
    public const string UserDir = "user.dir";
    public const string UserHome = "user.home";
    public const string FileSeparator = "file.separator";
    public const string EmptyStringDiffersFromNull = "HOP_EMPTY_STRING_DIFFERS_FROM_NULL";
    public const string LenientStringToNumber = "HOP_LENIENT_STRING_TO_NUMBER_CONVERSION";

    /// <summary>The Hop release whose behaviour this engine follows, reported as HOP_VERSION.</summary>
    public const string HopVersionValue = "2.16.0";

    /// <summary>Returns the directory as Hop's VFS writes it: a <c>file:///</c> URI without a trailing slash.</summary>
    public static string ToFolderUri(string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd('/');
        return "file://" + (full.StartsWith('/') ? full : "/" + full);
    }
}
