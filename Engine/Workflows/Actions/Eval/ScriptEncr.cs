using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>
/// Hop's <c>org.apache.hop.core.encryption.Encr</c> exposed to scripts. It uses the password encoder
/// the workflow's variables select.
/// </summary>
public sealed class ScriptEncr(VariableSpace variables)
{
    public string? DecryptPasswordOptionallyEncrypted(string? text) =>
        PasswordEncoders.DecodeOptionallyEncrypted(text, variables);

    public string? DecryptPassword(string? text) => PasswordEncoders.DecodeOptionallyEncrypted(text, variables);

    public string EncryptPasswordIfNotUsingVariables(string password) =>
        password.Contains("${", StringComparison.Ordinal) || password.Contains("%%", StringComparison.Ordinal)
            ? password
            : PasswordEncoders.EncodeHop(password, variables);
}
