using MudBlazor;

namespace Pms.Web.Components.Layout;

public static class PmsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e79",
            Secondary = "#2f4858",
            AppbarBackground = "#0b6e79",
        },
    };
}
