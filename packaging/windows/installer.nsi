; The Windows installer, made by makensis (scripts/package.sh --windows). A per-user install (no
; administrator needed): %LOCALAPPDATA%\Programs\Mandalart, a Start-menu entry, the plan files'
; association, `mandalart` on the user's PATH (cmd and PowerShell run mandalart.com, the console
; program), and an uninstaller. /S installs and uninstalls silently.
; Defined by the caller: VERSION, STAGE (the folder laid out as the zip), OUTFILE.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
!include "WinMessages.nsh"
${StrLoc}
${UnStrRep}

Name "Mandalart ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Mandalart"
InstallDirRegKey HKCU "Software\Mandalart" "InstallDir"
BrandingText "Mandalart ${VERSION}"

!define MUI_ICON "${STAGE}\mandalart.ico"
!define MUI_UNICON "${STAGE}\mandalart.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\mandalart.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Mandalart"
!define ENVIRONMENT_KEY "Environment"

Section "Mandalart"
  SetOutPath "$INSTDIR"
  File "${STAGE}\mandalart.exe"
  File "${STAGE}\mandalart.com"
  File "${STAGE}\mandalart.ico"
  File "${STAGE}\README.txt"
  SetOutPath "$INSTDIR\fonts"
  File "${STAGE}\fonts\*.ttf"
  SetOutPath "$INSTDIR\licences"
  File "${STAGE}\licences\*.txt"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Mandalart" "InstallDir" "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\Mandalart"
  CreateShortcut "$SMPROGRAMS\Mandalart\Mandalart.lnk" "$INSTDIR\mandalart.exe" "" "$INSTDIR\mandalart.ico"
  CreateShortcut "$SMPROGRAMS\Mandalart\Uninstall Mandalart.lnk" "$INSTDIR\uninstall.exe"

  ; Plans: Windows names a file's type by its last extension (.json), so the plan type is its own
  ; ProgID with the icon, registered for .mandalart.json and offered under "Open with" for .json;
  ; the user's default program for other JSON files is left alone.
  WriteRegStr HKCU "Software\Classes\Mandalart.Plan" "" "Mandalart plan"
  WriteRegStr HKCU "Software\Classes\Mandalart.Plan\DefaultIcon" "" "$INSTDIR\mandalart.ico"
  WriteRegStr HKCU "Software\Classes\Mandalart.Plan\shell\open\command" "" '"$INSTDIR\mandalart.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.mandalart.json" "" "Mandalart.Plan"
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "Mandalart.Plan" ""
  WriteRegStr HKCU "Software\Classes\Applications\mandalart.exe\shell\open\command" "" '"$INSTDIR\mandalart.exe" "%1"'

  ; `mandalart` in cmd and PowerShell: the folder on the user's PATH, once.
  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${StrLoc} $1 ";$0;" ";$INSTDIR;" ">"
  ${If} "$1" == ""
    ${If} "$0" == ""
      WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$INSTDIR"
    ${Else}
      WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$0;$INSTDIR"
    ${EndIf}
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=500

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Mandalart"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Mandalart planner authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\mandalart.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; The program and what the installer wrote go; the user's plans, settings and backups stay.
Section "Uninstall"
  Delete "$INSTDIR\mandalart.exe"
  Delete "$INSTDIR\mandalart.com"
  Delete "$INSTDIR\mandalart.ico"
  Delete "$INSTDIR\README.txt"
  RMDir /r "$INSTDIR\fonts"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\Mandalart"

  DeleteRegKey HKCU "Software\Classes\Mandalart.Plan"
  DeleteRegKey HKCU "Software\Classes\.mandalart.json"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "Mandalart.Plan"
  DeleteRegKey HKCU "Software\Classes\Applications\mandalart.exe"

  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${UnStrRep} $1 ";$0;" ";$INSTDIR;" ";"
  StrCpy $1 $1 "" 1  ; the ';' added at each end
  StrCpy $1 $1 -1
  ${If} "$1" == ""
    DeleteRegValue HKCU "${ENVIRONMENT_KEY}" "Path"
  ${Else}
    WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$1"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=500

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Mandalart"
SectionEnd
