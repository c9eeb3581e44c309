using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Set password encoder: selects the two-way password encoder ("Hop" or "AES2") and its key for the rest
/// of the run. Hop switches a process-wide encoder. Here the choice is kept in the variables of every
/// workflow up to the root, so other runs on the server keep their own encoder.
/// </summary>
[Action("SET_PASSWORD_ENCODER")]
public sealed class SetPasswordEncoderAction : ActionBase
{
    private static readonly string[] KnownEncoders = ["Hop", "AES2"];

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var plugin = Resolve(Setting("encoder_plugin_id") is { Length: > 0 } id ? id : "Hop");
        var encoder = KnownEncoders.FirstOrDefault(e => e.Equals(plugin, StringComparison.OrdinalIgnoreCase));
        if (encoder is null)
        {
            Log.Error(Name, $"The password encoder '{plugin}' is unknown; use Hop or AES2.");
            return Task.FromResult(previous.Failed());
        }

        var keyVariable = Resolve(Setting("key_variable") is { Length: > 0 } k ? k : PasswordEncoders.AesKeyVariable);
        if (keyVariable != PasswordEncoders.AesKeyVariable && Variables.Get(keyVariable) is { Length: > 0 } key)
        {
            VariableScopes.Apply(Workflow, "ROOT_WORKFLOW", PasswordEncoders.AesKeyVariable, key);
        }

        var keyFile = Resolve(Setting("key_file"));
        if (!string.IsNullOrEmpty(keyFile))
        {
            VariableScopes.Apply(Workflow, "ROOT_WORKFLOW", PasswordEncoders.AesKeyFileVariable, keyFile);
        }

        if (encoder == "AES2" && string.IsNullOrEmpty(Workflow.Variables.Get(PasswordEncoders.AesKeyVariable))
            && string.IsNullOrEmpty(Workflow.Variables.Get(PasswordEncoders.AesKeyFileVariable)))
        {
            var keys = $"{PasswordEncoders.AesKeyVariable} or {PasswordEncoders.AesKeyFileVariable}";
            Log.Error(Name, $"The AES2 encoder needs a key: set {keys}.");
            return Task.FromResult(previous.Failed());
        }

        VariableScopes.Apply(Workflow, "ROOT_WORKFLOW", PasswordEncoders.PluginVariable, encoder);
        Log.Basic(Name, $"Password encoder set to {encoder}");
        return Task.FromResult(previous.Succeeded());
    }
}
