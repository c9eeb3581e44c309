using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>File system work of Process files: target checks, copy, move and delete.</summary>
public sealed partial class ProcessFilesTransform
{
    private string LocalPath(string name)
    {
        var local = HopPaths.ToLocalPath(name);

        // TODO: virtual file systems other than local files (zip:, s3:, http: and so on) are not supported.
        if (local.Contains("://", StringComparison.Ordinal))
        {
            throw Failure($"the file [{name}] is not on the local file system. Only local files are supported.");
        }

        return Path.GetFullPath(local);
    }

    /// <summary>
    /// Checks that an existing target is a file, or creates the missing parent folder when asked. As in
    /// Hop, the parent folder is created in simulation mode too.
    /// </summary>
    private void PrepareTarget(string target, string targetName)
    {
        if (Directory.Exists(target))
        {
            throw Failure($"the target [{targetName}] is an existing folder. Give the target as a file path.");
        }

        if (File.Exists(target))
        {
            Log.Detailed(LogSubject, $"The target file exists: {target}");
            return;
        }

        var parent = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(parent) || Directory.Exists(parent))
        {
            return;
        }

        if (!createParentFolder)
        {
            throw Failure($"the target parent folder [{parent}] does not exist. Enable 'Create target parent " +
                "folder' or create it before running.");
        }

        Directory.CreateDirectory(parent);
        Log.Detailed(LogSubject, $"Created the missing target parent folder {parent}");
    }

    private void Copy(string source, string target)
    {
        var exists = File.Exists(target);
        if (exists && !overwrite)
        {
            Log.Detailed(LogSubject, $"Skipped copy: the target {target} exists and overwriting is off.");
            return;
        }

        if (simulate)
        {
            Log.Detailed(LogSubject, $"Simulation: would copy {source} to {target}");
            return;
        }

        if (exists)
        {
            Log.Basic(LogSubject, $"Copy replaces the existing target file {target}");
        }

        File.Copy(source, target, overwrite: true);
        Log.Basic(LogSubject, $"Copied file {source} to {target}");
    }

    private void Move(string source, string target)
    {
        var exists = File.Exists(target);
        if (exists && !overwrite)
        {
            Log.Detailed(LogSubject, $"Skipped move: the target {target} exists and overwriting is off.");
            return;
        }

        if (simulate)
        {
            Log.Detailed(LogSubject, $"Simulation: would move {source} to {target}");
            return;
        }

        if (exists)
        {
            Log.Basic(LogSubject, $"Move replaces the existing target file {target}");
        }

        File.Move(source, target, overwrite: true);
        Log.Basic(LogSubject, $"Moved file {source} to {target}");
    }

    private void Delete(string source)
    {
        if (simulate)
        {
            Log.Detailed(LogSubject, $"Simulation: would delete {source}");
            return;
        }

        File.Delete(source);
        Log.Basic(LogSubject, $"Deleted file {source}");
    }
}
